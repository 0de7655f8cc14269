import { datelineCityState } from './ap-datelines';
import { editDistance } from './edit-distance';
import type { Gazetteer } from './gazetteer';
import type { Finding } from './types';
import { AP_STATES, STATE_CODES } from './us-states';

/** A known place named in a block, with where it is. */
export interface PlaceMention {
  readonly block: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The gazetteer's spelling. */
  readonly name: string;
  /** Followed by more capitalized words: part of a longer proper name ("Hatfield Marine Science Center"). */
  readonly inLongerName?: boolean;
  /**
   * One word of a run of capitalized words that is no known place as a whole ("Dalton
   * Jenkins"): as likely a person's name as a town, so it says nothing of where the story is.
   */
  readonly inPersonName?: boolean;
}

// All the abbreviations in one expression, longest first ("W.Va." before "Va.", "Ala."
// before "La."), not inside a word ("Vega." is not Georgia), so one abbreviation inside
// another is not counted as its own state.
const AP_STATE_PATTERN = new RegExp(
  `(?<!\\p{L})(?:${Object.keys(AP_STATES)
    .sort((a, b) => b.length - a.length)
    .map((abbr) => abbr.replaceAll('.', '\\.'))
    .join('|')})`,
  'gu',
);

// AP spells out eight states in datelines and after a city ("AUSTIN, Texas —", "in Warren,
// Ohio"); only after a comma are they taken as a place's state, not as a word in a name.
const SPELLED_OUT_STATES: Readonly<Record<string, string>> = {
  Alaska: 'AK',
  Hawaii: 'HI',
  Idaho: 'ID',
  Iowa: 'IA',
  Maine: 'ME',
  Ohio: 'OH',
  Texas: 'TX',
  Utah: 'UT',
};
const SPELLED_OUT_PATTERN = new RegExp(
  `, (${Object.keys(SPELLED_OUT_STATES).join('|')})(?!\\p{L})`,
  'gu',
);

const OCEANS_AND_REGIONS = new Set(
  (
    'Atlantic Pacific Arctic Antarctic Caribbean Mediterranean Gulf Sahara Appalachia ' +
    'Midwest Southwest Northeast Southeast Northwest Rockies Everglades Panhandle Delta'
  ).split(' '),
);

// Native nations whose names are places too (counties, towns): in a story they are most
// often the people, wherever the place is.
const NATIONS = new Set(
  (
    'Cherokee Choctaw Chickasaw Creek Seminole Muscogee Osage Navajo Apache Hopi Zuni Sioux ' +
    'Lakota Dakota Ojibwe Chippewa Menominee Oneida Mohawk Seneca Cayuga Onondaga Shawnee ' +
    'Kiowa Comanche Pawnee Ponca Otoe Quapaw Wichita Caddo Cheyenne Arapaho Arapahoe Crow ' +
    'Blackfeet Shoshone Paiute Ute Yakama Umatilla Klamath Yurok Hoopa Pomo Miwok Yavapai ' +
    'Hualapai Mohave Cocopah Tlingit Haida Winnebago Potawatomi Kickapoo Miami Ottawa ' +
    'Wyandotte Peoria Modoc Coushatta Chitimacha Tunica Catawba Lumbee Pamunkey Narragansett ' +
    'Wampanoag Penobscot Passamaquoddy Lummi Tulalip Puyallup Nisqually Suquamish Makah ' +
    'Quinault Colville Spokane Kootenai Salish Assiniboine Mandan Hidatsa Arikara Tuscarora'
  ).split(' '),
);

/**
 * The states a block names by AP abbreviation or spelled out after a comma, once each, and
 * by a dateline of a city AP lets stand alone ("ATLANTA —").
 */
export function stateCodesIn(text: string): string[] {
  const named = new Set<string>();
  const dateline = datelineCityState(text);
  if (dateline !== undefined) named.add(dateline);
  for (const match of text.matchAll(AP_STATE_PATTERN)) named.add(AP_STATES[match[0]]!);
  for (const match of text.matchAll(SPELLED_OUT_PATTERN)) named.add(SPELLED_OUT_STATES[match[1]!]!);
  return [...named];
}

/**
 * The state written right after a place, as in a dateline or "Wisconsin Rapids, Wis., and":
 * its postal code, or undefined.
 */
export function stateAfter(text: string, end: number): string | undefined {
  if (text.charCodeAt(end) !== 44 /* , */) return undefined;
  const after = /^, ([A-Z][A-Za-z.]*(?: [A-Z][a-z]+)?)/.exec(text.slice(end, end + 24))?.[1];
  if (after === undefined) return undefined;
  for (const [abbreviation, code] of Object.entries(AP_STATES))
    if (after.startsWith(abbreviation)) return code;
  const word = after.split(' ')[0]!;
  return SPELLED_OUT_STATES[word] ?? STATE_CODES[after] ?? STATE_CODES[word];
}

const AFTER_CAPITAL = /(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*) $/u;

// "North-East" and "Northeast" are one name written two ways.
function unspaced(name: string): string {
  return name.replace(/[-\s]/g, '').toLowerCase();
}

// A real place the story cannot mean, with the places it likely does.
export function placeFinding(
  m: PlaceMention,
  why: string,
  better: ReadonlyArray<string>,
): { block: number; finding: Finding } {
  return {
    block: m.block,
    finding: {
      start: m.start,
      end: m.end,
      text: m.text,
      kind: 'name',
      message: `Check the place: ${why}; did you mean “${better[0]}”?`,
      suggestions: better.slice(0, 3),
    },
  };
}

/**
 * Known places that are not in the story's state while a place one slip away is: "Berkley"
 * (Michigan) in a story about Oakland and Emeryville is "Berkeley". In a story about Detroit's
 * suburbs the same word is right and is left alone. A story with no one state (a Senate vote
 * that names North Carolina, Florida and Georgia) is held to the states it names: "Ashville"
 * (Alabama, Ohio) there is Asheville, N.C.
 */
export function checkPlacesInContext(
  mentions: ReadonlyArray<PlaceMention>,
  gazetteer: Gazetteer,
  state: string | undefined,
  named: ReadonlySet<string> = new Set(),
  /** The text just before a mention, in its block. */
  before: (m: PlaceMention) => string = () => '',
): Array<{ block: number; finding: Finding }> {
  const out: Array<{ block: number; finding: Finding }> = [];
  const elsewhere = new Set(named);
  // (The states of big cities it names only clear a place; they are not where slips are held.)
  const citiesIn = new Set<string>();
  for (const m of mentions) {
    const code = STATE_CODES[m.name];
    if (code) elsewhere.add(code);
    const city = bigCityState(m, gazetteer);
    if (city) citiesIn.add(city);
  }
  if (!state && elsewhere.size === 0) return [];
  const wanted = state ? [state] : [...elsewhere].sort();
  const storyPlaces = new Set(mentions.map((m) => m.name));
  const verdicts = new Map<string, readonly [string, ReadonlyArray<string>] | null>();
  let countries: Map<string, number> | undefined;
  const judge = (m: PlaceMention): readonly [string, ReadonlyArray<string>] | null => {
    // An ocean or a region is meant, not the small town named after it (Atlantic, Iowa);
    // a people, not the county named for it ("the Choctaw, Chickasaw and other nations").
    if (OCEANS_AND_REGIONS.has(m.name) || NATIONS.has(m.name)) return null;
    // (Unless the story names the place of its own state it is a slip of: "Ashville" in a
    // North Carolina story that names Asheville, whatever other states it names.)
    const inOtherState = gazetteer
      .statesOf(m.name)
      .some((other) => elsewhere.has(other) || citiesIn.has(other));
    if (inOtherState && state === undefined) return null;
    const limit = m.name.length >= 8 ? 2 : 1;
    const near = gazetteer.nearMisses(m.name, true).filter(
      (name) =>
        name.split(' ').length === m.name.split(' ').length &&
        // The place written is real, if unknown in this state (the gazetteer lacks the
        // smallest towns: Darlington, Pa.): only a slip that keeps the first letter, the
        // one least often mistyped, is offered ("Pittsburg" → Pittsburgh, not Arlington).
        name[0]!.toLowerCase() === m.name[0]!.toLowerCase() &&
        gazetteer.statesOf(name).some((other) => wanted.includes(other)) &&
        editDistance(name.toLowerCase(), m.name.toLowerCase(), limit) <= limit &&
        // A city big enough to be news anywhere is no slip of a smaller town: Scottsdale,
        // Ariz., in a roundup with Pittsburgh is not Scottdale, Pa. (Pittsburg, Calif., is
        // still Pittsburgh's slip.)
        !(gazetteer.isWellKnown(m.name) && gazetteer.peopleOf(m.name) > gazetteer.peopleOf(name)),
    );
    const better = inOtherState
      ? near.filter((name) => storyPlaces.has(name) && gazetteer.statesOf(name).includes(state!))
      : near;
    if (better.length === 0) {
      // A town in a state the story never names, one letter from a city big enough to be
      // news anywhere, is that city: "hospitals in Charlotte and Pittsburg" in a West
      // Virginia story is Pittsburgh (Pittsburg is in Kansas and California).
      const city = inOtherState ? undefined : bigCitySlip(m.name, gazetteer);
      return city === undefined
        ? null
        : [`“${m.name}” is a small town in a state this story does not name`, [city]];
    }
    const where = state
      ? `this story is set in ${state}, where there is no “${m.name}”`
      : `this story names ${wanted.join(', ')}, where there is no “${m.name}”`;
    return [where, better];
  };
  for (const m of mentions) {
    const states = gazetteer.statesOf(m.name);
    // A town abroad in a story set in one state, a slip from one of that state's: "Meridian,
    // Nampo and the Boise River" (Nampa, Idaho; Nampo is in North Korea), unless the story
    // names another place in that country.
    if (states.length === 0 && state !== undefined && !m.inLongerName && !m.inPersonName) {
      const country = gazetteer.countryOf(m.name);
      // (Not after a capitalized word or an initial: "Alan J. Perlis" is a man.)
      if (
        country !== undefined &&
        m.name.length >= 5 &&
        !AFTER_CAPITAL.test(before(m)) &&
        !gazetteer.isStateOrCountry(m.name) &&
        (countries ??= countriesNamed(mentions, gazetteer)).get(country) === 1
      ) {
        const near = gazetteer
          .nearMisses(m.name, true)
          .filter(
            (name) =>
              name[0] === m.name[0] &&
              unspaced(name) !== unspaced(m.name) &&
              !name.includes(' ') === !m.name.includes(' ') &&
              gazetteer.statesOf(name).includes(state) &&
              editDistance(name.toLowerCase(), m.name.toLowerCase(), 1) <= 1,
          );
        if (near.length > 0)
          out.push(
            placeFinding(m, `this story is set in ${state}, and “${m.name}” is abroad`, near),
          );
      }
      continue;
    }
    // A place named inside an institution's name is that institution's, wherever it is; a
    // place in another state the story names is in that state ("Lea County" in a Texas
    // story that says New Mexico).
    if (
      states.length === 0 ||
      (state !== undefined && states.includes(state)) ||
      m.name.length < 5 ||
      m.inLongerName ||
      m.inPersonName
    )
      continue;
    // A place named again and again is judged once (its verdict does not change within
    // the story): a recheck meets every mention of every place.
    let verdict = verdicts.get(m.name);
    if (verdict === undefined) verdicts.set(m.name, (verdict = judge(m)));
    if (verdict !== null) out.push(placeFinding(m, verdict[0], verdict[1]));
  }
  return out;
}

// The state of a city big enough to name its state by itself ("in Seattle, Ballard and
// Capitol Hill": Washington's Ballard), where only one state has a place of that name.
function bigCityState(m: PlaceMention, gazetteer: Gazetteer): string | undefined {
  if (m.inPersonName || m.inLongerName) return undefined;
  const states = gazetteer.statesOf(m.name);
  return states.length === 1 && gazetteer.peopleOf(m.name) >= BIG_CITY_THOUSANDS
    ? states[0]
    : undefined;
}

// How many mentions name a place in each country (abroad).
function countriesNamed(
  mentions: ReadonlyArray<PlaceMention>,
  gazetteer: Gazetteer,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const country = gazetteer.countryOf(m.name);
    if (country !== undefined) counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  return counts;
}

function bigCitySlip(name: string, gazetteer: Gazetteer): string | undefined {
  if (name.includes(' ') || name.length < 6) return undefined;
  const own = gazetteer.peopleOf(name);
  return gazetteer
    .nearMisses(name, true)
    .find(
      (city) =>
        !city.includes(' ') &&
        city[0] === name[0] &&
        gazetteer.statesOf(city).length > 0 &&
        gazetteer.peopleOf(city) >= BIG_CITY_THOUSANDS &&
        gazetteer.peopleOf(city) >= 3 * own &&
        editDistance(city.toLowerCase(), name.toLowerCase(), 1) === 1,
    );
}

const BIG_CITY_THOUSANDS = 250;

/**
 * Known American places in a story set abroad that are one slip from a place the dictionary
 * knows: "Edinburg" (Texas) in a story from London that names Scotland is Edinburgh. A town
 * the dictionary knows itself ("Reading", "Glasgow") is left alone.
 */
// "in Monterey", "from Monterey": where a word is surely a place.
const PLACE_BEFORE = /\b(?:in|at|near|from|outside|to) $/;

export function checkPlacesAbroad(
  mentions: ReadonlyArray<PlaceMention>,
  resources: { readonly gazetteer: Gazetteer; readonly speller: { correct(w: string): boolean } },
  /** The text just before a mention. */
  before: (mention: PlaceMention) => string = () => '',
): Array<{ block: number; finding: Finding }> {
  const { gazetteer, speller } = resources;
  const out: Array<{ block: number; finding: Finding }> = [];
  // The countries the story names as countries ("Mexico's Senate").
  const countries = new Set<string>();
  for (const m of mentions)
    if (gazetteer.isCountry(m.name)) countries.add(gazetteer.countryOf(m.name) ?? '');
  for (const m of mentions) {
    if (
      m.inLongerName ||
      m.inPersonName ||
      m.name.length < 5 ||
      m.name.includes(' ') ||
      gazetteer.statesOf(m.name).length === 0 ||
      gazetteer.countryOf(m.name) !== undefined
    )
      continue;
    // A town the dictionary knows ("Monterey") is held only to a city of a country the story
    // names, only if it is a small one and only where it stands as a place: in a story of
    // Mexico, "in Monterey" is Monterrey; not Salem, nor "Anglo-Saxon".
    const listed = speller.correct(m.name);
    if (listed && (gazetteer.peopleOf(m.name) >= 50 || !PLACE_BEFORE.test(before(m)))) continue;
    const better = gazetteer.nearMisses(m.name, true).filter(
      (name) =>
        !name.includes(' ') &&
        speller.correct(name) &&
        // (A place abroad: another small American town is no likelier than the one written.)
        gazetteer.countryAbroad(name) !== undefined &&
        editDistance(name.toLowerCase(), m.name.toLowerCase(), 1) <= 1 &&
        (!listed || countries.has(gazetteer.countryOf(name) ?? '')),
    );
    if (better.length === 0) continue;
    out.push(
      placeFinding(m, `this story is set abroad, and “${m.name}” is a small American town`, better),
    );
  }
  return out;
}

/**
 * A near miss's suggestions with the places in the story's state first ("Waren" in an Ohio
 * story is Warren before Warden), keeping the order otherwise.
 */
export function ownState(name: string): string | undefined {
  return Object.hasOwn(STATE_CODES, name) ? STATE_CODES[name] : undefined;
}

export function preferStoryState(
  finding: Finding,
  state: string | undefined,
  gazetteer: Gazetteer,
  blockStates: ReadonlyArray<string> = [],
): Finding {
  // A paragraph that names one state speaks of it, whatever the dateline's: "In Missouri,
  // … farmers near Kenett" is Kennett, Mo., in a story from Little Rock (not Kensett, Ark.).
  if (blockStates.length === 1 && blockStates[0] !== state) {
    const here = blockStates[0]!;
    if (finding.suggestions.some((s) => gazetteer.statesOf(s).includes(here)))
      return preferStoryState(finding, here, gazetteer);
  }
  if (!state || finding.kind !== 'name' || finding.suggestions.length < 2) return finding;
  // The state itself counts as in it: "Hawai" in a Honolulu story is Hawaii before Hawi; so
  // does the bare name of a county that is no town ("Solano" of a list of counties).
  const inState = finding.suggestions.filter((s) => {
    if (ownState(s) === state) return true;
    const towns = gazetteer.statesOf(s);
    return towns.length > 0 ? towns.includes(state) : gazetteer.countyStates(s).includes(state);
  });
  if (inState.length === 0 || inState[0] === finding.suggestions[0]) return finding;
  const suggestions = [...inState, ...finding.suggestions.filter((s) => !inState.includes(s))];
  return {
    ...finding,
    suggestions,
    message: finding.message.replace(`“${finding.suggestions[0]!}”`, `“${suggestions[0]!}”`),
  };
}
