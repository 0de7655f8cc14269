import { sameLetters } from './edit-distance';
import type { UnknownName } from './consistency';
import type { Gazetteer } from './gazetteer';
import type { PlaceMention } from './place-context';
import type { ProofingResources } from './proofreader';
import { WORDS_NEAR_PLACE } from './place-near-misses';
import { nameAfter } from './story-capitals';
import type { Finding } from './types';
import { STATE_CODES } from './us-states';

// Where a story is set, and what that says of the places a word near a place may mean.

/** The states and countries a story is about, and whether it is set abroad. */
export interface StoryGeography {
  readonly states: ReadonlySet<string>;
  readonly countries: ReadonlySet<string>;
  readonly abroad: boolean;
}

/**
 * The states and countries a story is about: states it names or sets itself in, and those
 * of the places it names that are in one state only; countries of the places it names. A
 * story that names other countries and no state is set abroad: its Edinburgh and Scotland
 * are not the towns in Indiana and Pennsylvania, and set no state. One that names the United
 * States too is set abroad where it names other countries more often.
 */
export function storyGeography(
  stateCues: ReadonlyArray<ReadonlyArray<string>>,
  places: ReadonlyArray<PlaceMention>,
  state: string | undefined,
  gazetteer: Gazetteer,
): StoryGeography {
  const states = new Set(stateCues.flat());
  const countries = new Set<string>();
  const townStates = new Set<string>();
  const named = new Map<string, number>();
  let nations = 0;
  let home = 0;
  for (const p of places) {
    if (p.inPersonName) continue;
    const country = gazetteer.countryOf(p.name);
    if (country !== undefined) countries.add(country);
    if (gazetteer.isCountry(p.name)) {
      if (country === 'US') home++;
      else nations++;
    }
    // A state named twice or more is the story's ("stores in Ohio"), not the states with
    // a county of its name; named once, it may be an aside ("water bound for California").
    // Washington is as often the capital.
    const state =
      p.name !== 'Washington' && Object.hasOwn(STATE_CODES, p.name)
        ? STATE_CODES[p.name]
        : undefined;
    if (state !== undefined) {
      const times = (named.get(state) ?? 0) + 1;
      named.set(state, times);
      if (times === 2) states.add(state);
      continue;
    }
    const found = gazetteer.statesOf(p.name);
    if (found.length === 1 && country === undefined) townStates.add(found[0]!);
  }
  // (A story of Mexico may name the United States as its neighbour: it is set where it
  // names more often.)
  const abroad = nations > home && states.size === 0;
  if (!abroad) {
    if (state) states.add(state);
    for (const code of townStates) states.add(code);
  }
  return { states, countries, abroad };
}

const BIG_THOUSANDS = 150;
const WATERS_OR_LANDS =
  / (?:River|Creek|Lake|Bay|Sound|Valley|Mountains|Range|Basin|Canyon|Islands?|Peninsula|Desert|Plains?|Forest)$/;
const CUED_THOUSANDS = 10;

/**
 * A near miss with no place cue around it is only offered places the story could mean
 * (`Gazetteer.plausibleFar`); when none is left, the word is a typo of a common word if it
 * looks like one (`asTypo`), otherwise an unknown name (a hint), not a finding. The
 * states the story names, sets itself in, or names places of (in one state only) decide.
 */
export function judgeFarPlaces(
  unknown: UnknownName[],
  findings: Finding[][],
  geography: StoryGeography,
  blocks: ReadonlyArray<string>,
  resources: ProofingResources,
): void {
  const { gazetteer } = resources;
  // Keeps the suggestions the story could mean; with none left, the word is a typo of a
  // common word if it looks like one, otherwise an unknown name.
  const narrow = (u: UnknownName, index: number, plausible: ReadonlyArray<string>): void => {
    const finding = u.nameFinding!;
    const list = findings[u.block]!;
    const at = list.indexOf(finding);
    if (plausible.length === 0) {
      const { nameFinding: _dropped, asTypo, ...name } = u;
      if (asTypo) {
        // (Where a rule has spoken on the same word, "Theres" → There's, its finding stands.)
        const ruled = list.some(
          (f) => f !== finding && f.start === asTypo.start && f.end === asTypo.end,
        );
        if (at >= 0 && ruled) list.splice(at, 1);
        else if (at >= 0) list[at] = asTypo;
        unknown[index] = { ...name, nameFinding: asTypo };
      } else {
        if (at >= 0) list.splice(at, 1);
        unknown[index] = name;
      }
      return;
    }
    const narrowed: Finding = {
      ...finding,
      message: finding.message.replace(`“${finding.suggestions[0]!}”`, `“${plausible[0]!}”`),
      suggestions: [...plausible],
    };
    if (at >= 0) list[at] = narrowed;
    unknown[index] = { ...u, nameFinding: narrowed };
  };
  const { states: known, countries, abroad } = geography;
  // A phrase of everyday words ("Holly Beach") is a slip only of a place the story could mean.
  for (const list of findings) {
    for (let at = list.length - 1; at >= 0; at--) {
      const finding = list[at]!;
      if (!WORDS_NEAR_PLACE.has(finding)) continue;
      // (A county is as well known as its city: "Los Angles County".)
      // (A river or a region known by no state, "Copper River", is no likelier than the one
      // a story with a state of its own names: "the Cooper River" in Charleston.)
      const stateless = (name: string): boolean =>
        known.size > 0 &&
        WATERS_OR_LANDS.test(name) &&
        gazetteer.statesOf(name).length === 0 &&
        gazetteer.countryOf(name) === undefined;
      const plausible = finding.suggestions.filter(
        (name) =>
          (!stateless(name) &&
            gazetteer.plausibleFar(name, known, (n) => resources.speller.correct(n), countries)) ||
          (/ (?:County|Parish)$/.test(name) &&
            gazetteer.isWellKnown(name.replace(/ (?:County|Parish)$/, ''))),
      );
      if (plausible.length === 0) list.splice(at, 1);
      else if (plausible.length < finding.suggestions.length)
        list[at] = {
          ...finding,
          message: finding.message.replace(`“${finding.suggestions[0]!}”`, `“${plausible[0]!}”`),
          suggestions: plausible,
        };
    }
  }
  unknown.forEach((u, index) => {
    const finding = u.nameFinding;
    if (!finding || finding.kind !== 'name') return;
    // A story set abroad ("outside Euston station" in London) means none of the small
    // American towns a name is one slip from, cue or not; a place the dictionary knows
    // ("Bostn" for Boston) it may still mean.
    if (!u.uncued) {
      if (!abroad) {
        // Said to be a place ("near Sabino" in a Tucson story), a word one slip from a
        // village in a state the story never names is more likely a place the gazetteer
        // lacks (a canyon, a neighbourhood) than that village misspelled.
        if (known.size === 0) return;
        const likely = finding.suggestions.filter((name) =>
          gazetteer.plausibleFar(
            name,
            known,
            (n) => resources.speller.correct(n),
            countries,
            CUED_THOUSANDS,
          ),
        );
        if (likely.length < finding.suggestions.length) narrow(u, index, likely);
        return;
      }
      const possible = finding.suggestions.filter(
        (name) => gazetteer.statesOf(name).length === 0 || resources.speller.correct(name),
      );
      if (possible.length < finding.suggestions.length) narrow(u, index, possible);
      return;
    }
    // A word that opens a longer name ("Kansai Electric Power") is that name's, not a famous
    // province's slip.
    const after = nameAfter(blocks[u.block]!, u.end);
    const opensName = after !== undefined;
    // Before a river, a lake, an aquifer, a place's name with a letter doubled or not is that
    // place's, however small: "the Ogalala Aquifer" (Ogallala, Neb.).
    const feature = after !== undefined && FEATURES.has(after.toLowerCase());
    const familiar = (n: string): boolean => !opensName && resources.speller.correct(n);
    // A school, a park, a street is named for a person: one the dictionary knows by name
    // ("Roosvelt High School" is Roosevelt's), whatever the size of the towns so named.
    const namedFor =
      after !== undefined &&
      NAMED_FOR.has(after.toLowerCase()) &&
      !resources.speller.correct(u.text);
    // A letter dropped or put in, or two swapped: "Robarts Library" is no slip of Roberts.
    const famousName = (n: string): boolean =>
      (n.length !== u.text.length || sameLetters(n, u.text)) &&
      resources.speller.correct(n) &&
      !resources.speller.correct(n.toLowerCase());
    // So is a word before a name's head ("Casco Bay" in a Maine story): a city of 69,000 in
    // Washington is no likely slip there; a big one is ("Sacremento River").
    // "its Dunlop brand": a maker's name, not a town's.
    const brand = BRAND_AFTER.test(blocks[u.block]!.slice(u.end, u.end + 12));
    const plausible = finding.suggestions.filter(
      (name) =>
        !brand &&
        ((feature && doubledApart(u.text, name)) ||
          // (Not a consonant doubled, as surnames are spelled both ways: "Kauffman Stadium"
          // is a Kauffman's, not Kaufman's; "Rosevelt" is still Roosevelt.)
          (namedFor && famousName(name) && !consonantDoubledApart(u.text, name)) ||
          gazetteer.plausibleFar(
            name,
            known,
            familiar,
            countries,
            opensName ? BIG_THOUSANDS : undefined,
          )),
    );
    if (plausible.length === finding.suggestions.length) return;
    narrow(u, index, plausible);
  });
}

const BRAND_AFTER = /^['’]?s? (?:brands?|labels?|tires|products)\b/;

const NAMED_FOR = new Set(
  'high elementary middle school academy college university park hall memorial center library hospital bridge avenue boulevard stadium institute'.split(
    ' ',
  ),
);

const FEATURES = new Set(
  'river lake aquifer bay creek valley canyon mountains falls reservoir basin sound island'.split(
    ' ',
  ),
);

function consonantDoubledApart(typed: string, name: string): boolean {
  if (!doubledApart(typed, name)) return false;
  const long = typed.length > name.length ? typed : name;
  for (let i = 1; i < long.length; i++)
    if (long[i] === long[i - 1] && !/[aeiou]/i.test(long[i]!)) {
      const once = long.slice(0, i) + long.slice(i + 1);
      if (once === (long === typed ? name : typed)) return true;
    }
  return false;
}

// One word is the other with a letter doubled: "Ogalala" and "Ogallala".
function doubledApart(typed: string, name: string): boolean {
  const [short, long] = typed.length < name.length ? [typed, name] : [name, typed];
  if (long.length !== short.length + 1) return false;
  for (let i = 0; i < long.length; i++)
    if (long[i] !== short[i])
      return i > 0 && long[i] === long[i - 1] && long.slice(i + 1) === short.slice(i);
  return long[long.length - 1] === long[long.length - 2];
}
