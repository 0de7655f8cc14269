import type { StoryNames } from './check-block';
import { editDistance } from './edit-distance';
import { anotherNamedPlace, otherRomanization, wordByWordSlips } from './name-runs';
import { otherCompassPoint, placeCue } from './place-cues';
import type { ProofingResources } from './proofreader';
import { substitution } from './slip-distance';
import type { Finding, Token } from './types';
import { stripPossessive } from './tokenize';
import { STATE_NAMES } from './us-states';

// The known places an unknown capitalized phrase may be a slip of, as the block check asks
// for each run of capitals that no other judgement has claimed.

/**
 * Findings on a phrase of everyday words one slip from a place ("Law Center" for La Center,
 * Wash.; "Holly Beach" for Folly Beach, S.C.), with nothing around them saying a place:
 * the story decides whether it could mean that place (story-geography.ts), as it does for
 * one word.
 */
export const WORDS_NEAR_PLACE = new WeakSet<Finding>();

/** Whether each word of `phrase` that differs from `place` is an everyday word. */
export function everydayWordsApart(
  phrase: string,
  place: string,
  resources: ProofingResources,
): boolean {
  const known = place.split(' ');
  return phrase
    .split(' ')
    .every((word, k) => word === known[k] || resources.speller.correct(word.toLowerCase()));
}

/** A capital inside a word: "DeWine", "LaPlace". */
export const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
const MC_LOWERED = /^Mc\p{Ll}/u;

/**
 * Places `bare` (a phrase of `length` words) may be a slip of, closest first, in the writer's
 * style. One word is held to one edit ("Oaklan" is Oakland, but "Priya" is not Praia); a long
 * word the text says is a place (`cued`: "in Sunnyvail", "-based") may be two slips off, and
 * so may a phrase of two words or more, word by word.
 */
export function placeNearMisses(
  bare: string,
  length: number,
  cued: () => boolean,
  story: StoryNames | undefined,
  resources: ProofingResources,
  /** The state written after the phrase, asked only when a word of it names another place. */
  stated: () => string | undefined = () => undefined,
): string[] {
  const slips = length > 1 || (bare.length >= 8 && cued()) ? 2 : 1;
  // A long word two slips from a place famous enough for the dictionary to know it
  // ("Phillipines", "Pennsylavnia") is that place, cue or not.
  // So is a seven-letter one when the story names that place twice or more ("the city
  // of Bufallo" in a Buffalo story); the block is judged again if it stops doing so.
  const famous = (name: string): boolean => {
    if (!resources.speller.correct(name)) return false;
    if (bare.length >= 9) return true;
    const named = bare.length >= 7 && story !== undefined && story.repeated.has(name);
    if (named) story.skipped.push(name);
    return named;
  };
  // "DeWine" is not "Devine": a capital inside a word is a name's, kept by slips;
  // but "LaPalce" is Laplace (GeoNames' spelling of LaPlace, La.), the same letters
  // up to its capital, and "LaPlace" itself is no slip of it.
  const innerCapital = length === 1 && INNER_CAPITAL.test(bare);
  const capitalAt = innerCapital ? bare.search(INNER_CAPITAL) + 2 : 0;
  const near = resources.gazetteer.nearMisses(bare).filter(
    (name) =>
      name.split(' ').length === length &&
      !otherCompassPoint(name, bare) &&
      // A direction is written as meant: "North County" (a region) is no Worth County.
      !directionSlip(bare, name) &&
      // "Sea-Tac Airport" is the airport's style of SeaTac, no slip of it.
      bare.replaceAll('-', '') !== name.replaceAll('-', '') &&
      // Nor is "Khan Younis" of Khan Yunis, a place abroad in another romanization.
      !(resources.gazetteer.statesWithin(name).length === 0 && otherRomanization(bare, name)) &&
      (!innerCapital ||
        INNER_CAPITAL.test(name) ||
        (name.slice(0, capitalAt).toLowerCase() === bare.slice(0, capitalAt).toLowerCase() &&
          name.toLowerCase() !== bare.toLowerCase())) &&
      (length > 1
        ? wordByWordSlips(bare, name) &&
          // "Wisconsin Rapides, Wis.": a word naming a place elsewhere (Rapides Parish, La.)
          // is no place of its own where the state written after it has the place meant.
          (!anotherNamedPlace(bare, name, resources) ||
            resources.gazetteer.statesWithin(name).includes(stated() ?? ''))
        : (editDistance(name.toLowerCase(), bare.toLowerCase(), 2) <= (famous(name) ? 2 : slips) ||
            movedDoubling(bare, name)) &&
          !otherFirstLetter(bare, name) &&
          !demonymOf(bare, name)),
  );
  // A well-known place of two words run together: "Sanantonio", "Losangeles".
  const joined = length === 1 ? resources.gazetteer.runTogether(bare) : undefined;
  if (joined !== undefined) near.unshift(joined);
  if (!innerCapital) return near;
  // Offered in the writer's style: "LaPlace".
  return near.map((name) =>
    INNER_CAPITAL.test(name)
      ? name
      : name.slice(0, capitalAt - 1) +
        name.charAt(capitalAt - 1).toUpperCase() +
        name.slice(capitalAt),
  );
}

/**
 * A first letter struck in place of another far from it on the keyboard and unlike it in
 * sound: "Summit Saugatuck" (Westport's, the name of a river and a station) is no slip of
 * Naugatuck. Typists miss a first letter least; where they do, it is a key beside it
 * ("Vleveland") or a sound-alike ("Kolumbus").
 */
function otherFirstLetter(bare: string, name: string): boolean {
  if (bare.length !== name.length) return false;
  const a = bare.toLowerCase().charCodeAt(0);
  const b = name.toLowerCase().charCodeAt(0);
  return a !== b && substitution(a, b) >= 1;
}

// "The Bahraini foreign minister", "a Kuwaiti tanker": a people named from the place, an i
// or "ese" after its last consonant. (An n after it is `placeNearMisses`'s to judge:
// "Utahn" is a people, "Potsdamn" a slip.)
function demonymOf(bare: string, name: string): boolean {
  const ending = bare.slice(name.length);
  return bare.startsWith(name) && (ending === 'i' || ending === 'ese') && !/[aeiouy]$/.test(name);
}

const GENERIC_PLURALS =
  / (?:Hills|Heights|Woods|Pines|Oaks|Gardens|Acres|Meadows|Lakes|Springs|Falls|Parks|Estates|Terraces|Shores|Ridges|Groves|Farms|Villas|Commons|Pointes|Flats|Knolls|Highlands|Glens|Landings|Crossings|Orchards|Trails|Towers|Homes|Plains|Valleys)$/;

/**
 * The place a phrase of two words or more names with its last word in the other number:
 * "Grand Rapid" is Grand Rapids, "Spanish Forks" Spanish Fork, "Traverse Cities" Traverse
 * City. The near-miss search leaves such pairs alone ("South Hills" is a name of its own);
 * asked only where the words around say a place, and the story then judges which place
 * it may be (story-geography.ts).
 */
export function otherNumberPlace(phrase: string, resources: ProofingResources): string | undefined {
  // A plural of the kind many neighbourhoods are named with ("South Hills", "Oak Heights")
  // is more likely a name the gazetteer lacks than a slip of a town's singular.
  if (!phrase.includes(' ') || GENERIC_PLURALS.test(phrase)) return undefined;
  const forms = /ies$/.test(phrase)
    ? [`${phrase.slice(0, -3)}y`]
    : /[^s]s$/.test(phrase)
      ? [phrase.slice(0, -1)]
      : /y$/.test(phrase)
        ? [`${phrase.slice(0, -1)}ies`, `${phrase}s`]
        : [`${phrase}s`, `${phrase}es`];
  for (const form of forms) {
    const place = resources.gazetteer.lookup(form);
    if (place !== undefined) return place;
  }
  return undefined;
}

const DOUBLED = /(\p{L})\1+/gu;

/**
 * The same letters with the doubling on another one ("Marrieta" for Marietta, "Cincinatti"):
 * one slip of memory, though two of typing.
 */
export function movedDoubling(typed: string, name: string): boolean {
  if (typed.length !== name.length) return false;
  const a = typed.toLowerCase();
  const b = name.toLowerCase();
  return a !== b && a.replace(DOUBLED, '$1') === b.replace(DOUBLED, '$1');
}

const STREET = /^(?:Road|Street|Avenue|Drive|Lane|Boulevard|Highway|Parkway|Pike|Trail|Court)$/;
// "the Chena and Tanana rivers": names of rivers, not towns.
const WATERS_AFTER = /^(?: and \p{Lu}[\p{L}'’-]+)? (?:rivers|creeks|lakes)\b/u;

/**
 * "Karcher Road", "the Chena and Tanana rivers": a word heading a street's name (`next` is
 * the run's next word) or naming rivers (`after` is the text after it). A street is named for
 * a person as often as for a town: only a city known anywhere is a likely slip there.
 */
export function headOfStreetOrWaters(next: Token | undefined, after: string): boolean {
  return STREET.test(next?.text ?? '') || WATERS_AFTER.test(after.slice(0, 40));
}

const DIRECTION = /^(?:North|South|East|West)$/i;

// A word of the phrase that is a direction, where the place has another word.
function directionSlip(phrase: string, place: string): boolean {
  const known = place.split(' ');
  return phrase
    .split(' ')
    .some((word, k) => DIRECTION.test(word) && known[k]?.toLowerCase() !== word.toLowerCase());
}

// A long word one slip from a city big enough to be news anywhere is that city even beside
// another unknown name: "beat Cincinati Moeller" (a school), not a first name.
export function bigPlaceSlip(word: string, resources: ProofingResources): boolean {
  if (word.length < 8 || !/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const lower = word.toLowerCase();
  return resources.gazetteer.nearMisses(word).some(
    (name) =>
      !name.includes(' ') &&
      // (Not Orlando, Austin, Madison: given names as often as cities.)
      name.length >= 9 &&
      resources.gazetteer.peopleOf(name) >= 250 &&
      editDistance(name.toLowerCase(), lower, 1) <= 1,
  );
}

// A word written with a capital inside is a name written so, not a small place that lacks
// it: "DuVall said" is no Duvall, Wash. (A town of some size is that town, however its
// capitals are written: "LaPlace", La.)
export function writtenAsPlace(
  phrase: string,
  place: string | undefined,
  gazetteer: ProofingResources['gazetteer'],
): string | undefined {
  if (place === undefined || phrase.includes(' ') || !INNER_CAPITAL.test(phrase)) return place;
  return stripPossessive(phrase) === place || gazetteer.peopleOf(place) >= 10 ? place : undefined;
}

/**
 * The place's own capitals, where the phrase written lowercases one inside a word:
 * "Dekalb County" is DeKalb, "Mcallen" McAllen. Not a spelling the dictionary lists on its
 * own ("Lagrange", a town in Indiana as well as LaGrange, Ga.), nor one capitalized where
 * the place is not (another style, not a slip).
 */
function innerCapitalSlip(
  phrase: string,
  place: string,
  resources: ProofingResources,
): string | undefined {
  if (phrase === place || phrase.length !== place.length || !INNER_CAPITAL.test(place))
    return undefined;
  let lowered = false;
  for (let k = 1; k < phrase.length; k++) {
    const [written, own] = [phrase[k]!, place[k]!];
    if (written === own) continue;
    if (written.toLowerCase() !== own.toLowerCase()) return undefined;
    if (!/\p{L}/u.test(place[k - 1]!)) return undefined;
    if (written !== own.toUpperCase()) lowered = true;
    else return undefined;
  }
  return lowered && !resources.speller.correct(phrase.split(' ')[0]!) ? place : undefined;
}

/**
 * The finding on a known place written without its inner capitals (see innerCapitalSlip),
 * only where words around it say it is the place: "Dubois found the fossils" is a person's
 * spelling of the name.
 */
export function innerCapitalFinding(
  phrase: string,
  place: string,
  run: ReadonlyArray<Token>,
  i: number,
  length: number,
  text: string,
  tokens: ReadonlyArray<Token>,
  resources: ProofingResources,
): Finding | undefined {
  const bare = stripPossessive(phrase);
  const fix = innerCapitalSlip(bare, place, resources);
  const first = run[i]!;
  // (A Mc name needs no cue: "Mckinley" is a slip whoever or wherever it names.)
  const cued = length > 1 || placeCue(text, first, tokens);
  if (fix === undefined || (!cued && !MC_LOWERED.test(bare))) return undefined;
  return {
    start: first.start,
    end: first.start + fix.length,
    text: bare,
    kind: 'name',
    message: `Check the capitals: the ${cued ? 'place' : 'name'} is written “${fix}”.`,
    suggestions: [fix],
  };
}

/**
 * A real place followed by a state it is not in, one slip from a place that is in it:
 * "Belvedere, Ill." is Belvidere (Belvedere is in California and South Carolina). Held to one
 * edit that keeps the first letter, as a town the gazetteer lacks may still be meant.
 */
export function statedStateFinding(
  phrase: string,
  place: string,
  start: number,
  state: string | undefined,
  resources: ProofingResources,
): Finding | undefined {
  const { gazetteer } = resources;
  if (state === undefined || place.length < 5) return undefined;
  const states = gazetteer.statesWithin(place);
  if (states.length === 0 || states.includes(state)) return undefined;
  const lower = place.toLowerCase();
  const words = place.split(' ').length;
  const elsewhere = gazetteer
    .nearMisses(place, true)
    .filter(
      (name) =>
        name !== place &&
        name[0] === place[0] &&
        name.split(' ').length === words &&
        gazetteer.statesOf(name).includes(state) &&
        editDistance(name.toLowerCase(), lower, 1) <= 1,
    );
  if (elsewhere.length === 0) return undefined;
  return {
    start,
    end: start + phrase.length,
    text: phrase,
    kind: 'name',
    message: `Check the place: there is no “${phrase}” in ${STATE_NAMES.get(state) ?? state}; did you mean “${elsewhere[0]}”?`,
    suggestions: elsewhere.slice(0, 3),
  };
}
