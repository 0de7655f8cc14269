import { editDistance } from './edit-distance';
import type { StoryNames } from './check-block';
import { listedPlaceStates, placeCue } from './place-cues';
import type { ProofingResources } from './proofreader';
import { someSwap } from './suggestions';
import { stateOrCountrySlip } from './word-slips';
import type { Token } from './types';
import { STATE_CODES } from './us-states';

const COMPOUND_PLACE_AFTER = /^[-‑](?:based|area|bound|born|headquartered|raised|region)\b/;
/** Thousands of people: a city whose four-letter slip is that city where only a place goes. */
const BIG_CITY_THOUSANDS = 100;

const FIVE_LETTER_STATES = Object.keys(STATE_CODES).filter((name) => name.length === 5);

function droppedOneLetter(full: string, word: string): boolean {
  for (let i = 0; i < full.length; i++)
    if (full.slice(0, i) + full.slice(i + 1) === word) return true;
  return false;
}

/**
 * Places a four-letter capitalized word may be a slip of. Four letters are too few for a near
 * miss anywhere ("Kahn" is no Kuna), but not where the text says which place is meant: a state
 * or country with two letters swapped ("the Arizona-Utha line"), a place listed with places of
 * one state ("Tempe, Meza and Glendale" is Mesa), or a place the story names again and again
 * written where a place goes ("Yoma-area farms" in a Yuma story).
 */
export function shortPlaceSlips(
  word: string,
  token: Token,
  text: string,
  tokens: ReadonlyArray<Token>,
  resources: ProofingResources,
  story: StoryNames | undefined,
): string[] {
  const { gazetteer } = resources;
  const swapped: string[] = [];
  someSwap(word, 1, (candidate) => {
    if (gazetteer.isStateOrCountry(candidate)) swapped.push(candidate);
    return false;
  });
  if (swapped.length > 0) return swapped;
  // A letter dropped from a state of five ("northern Idho", "Texs"): states are few and known.
  // Not before a name: "Idah Smith" is a first name; "Texs Legislature" is still the state.
  const next = tokens[tokens.indexOf(token) + 1];
  const beforeCapital =
    next !== undefined &&
    /^\p{Lu}/u.test(next.text) &&
    (resources.speller.listed(next.text) || !resources.speller.correct(next.text.toLowerCase()));
  const dropped = beforeCapital
    ? []
    : FIVE_LETTER_STATES.filter((state) => droppedOneLetter(state, word));
  if (dropped.length > 0) return dropped;
  const lower = word.toLowerCase();
  const oneSlip = (): string[] =>
    gazetteer
      .nearMisses(word, false, 4)
      .filter((name) => !name.includes(' ') && editDistance(name.toLowerCase(), lower, 1) <= 1);
  // Joined to what only a place takes ("Tmpa-based", "Remo-area"), a word one slip from a
  // city big enough to be news anywhere is that city.
  if (COMPOUND_PLACE_AFTER.test(text.slice(token.end, token.end + 14))) {
    const cities = oneSlip().filter(
      (name) =>
        gazetteer.statesOf(name).length > 0 && gazetteer.peopleOf(name) >= BIG_CITY_THOUSANDS,
    );
    if (cities.length > 0) return cities;
  }
  const listed = listedPlaceStates(text, token, tokens, gazetteer);
  if (listed.length > 0)
    return oneSlip().filter((name) =>
      gazetteer.statesWithin(name).some((state) => listed.includes(state)),
    );
  if (story === undefined || !placeCue(text, token, tokens, false)) return [];
  const named = oneSlip().filter((name) => story.repeated.has(name));
  // Judged again if the story stops repeating the place.
  story.skipped.push(...named);
  return named;
}

/**
 * A place with the s of a word left out: its last word ("New Orlean", "Des Moine"; "Athen"
 * where a place goes), when that word is no word without it ("Palm Spring" may be meant as
 * written), or another word ("the Edward Plateau" is the Edwards Plateau).
 */
// Last words of places that end in s: Vestavia Hills, Palm Springs, Cedar Rapids.
const PLURAL_PLACE_ENDS = new Set(
  (
    'Hill Spring Fall Height Park Garden Lake Meadow Oak Pine Cliff Rapid Plain Field Grove ' +
    'Harbor Island Mill Rock Shore Valley Wood Creek Bluff Point Well Dale Key Forest Acre ' +
    'Bridge Ridge Cove Brook Glen Pond Hollow Knoll Gate Terrace Village Estate'
  ).split(' '),
);

export function droppedFinalS(phrase: string, resources: ProofingResources): string[] {
  const words = phrase.split(' ');
  const last = words[words.length - 1]!;
  // One word alone from five letters ("Athen"): a shorter one is too likely a name. After
  // another word, a town's last word too ("Vestavia Hill", "Palm Spring"), not another
  // word ("a Green Bay Packer fan" is one of the team) nor a region's ("the only Great Lake").
  if (last.length >= (words.length === 1 ? 5 : 3)) {
    const everyday = resources.speller.correct(last);
    if (!everyday || (words.length > 1 && PLURAL_PLACE_ENDS.has(last))) {
      const name = resources.gazetteer.lookup(`${phrase}s`);
      if (name !== undefined && (!everyday || resources.gazetteer.statesOf(name).length > 0))
        return [name];
    }
  }
  for (let k = 0; k < words.length - 1; k++) {
    if (words[k]!.length < 3 || words[k]!.endsWith('s')) continue;
    const name = resources.gazetteer.lookup(
      [...words.slice(0, k), `${words[k]}s`, ...words.slice(k + 1)].join(' '),
    );
    if (name !== undefined) return [name];
  }
  return [];
}

const MARKS = /['’]/g;

/**
 * A near miss's places in the order to offer them, or its twin: a state or country a letter
 * off first ("from Turky", not Turku); where a place goes, the place with its final s ("New
 * Orlean", "in Athen": Athens before Athena); none for the start of a longer known name ("Del
 * Paso" of Del Paso Heights); and the known place written with another apostrophe (GeoNames
 * drops them: "Walker's Point" is its Walkers Point) is a twin, no slip.
 */
export function orderNearPlaces(
  bare: string,
  found: ReadonlyArray<string>,
  manyWords: boolean,
  first: Token,
  text: string,
  tokens: ReadonlyArray<Token>,
  resources: ProofingResources,
): { near: string[]; twin: string | undefined } {
  let near = [...found];
  const country = manyWords ? undefined : stateOrCountrySlip(bare, resources);
  if (country !== undefined) near = [country, ...near.filter((n) => n !== country)];
  if (manyWords || placeCue(text, first, tokens, false)) {
    const withS = droppedFinalS(bare, resources);
    if (withS.length > 0) near = [...withS, ...near.filter((n) => !withS.includes(n))];
  }
  if (manyWords && resources.gazetteer.startsName(bare)) near = [];
  const unmarked = bare.replace(MARKS, '');
  const twin = near.find((name) => name.replace(MARKS, '') === unmarked);
  return { near: twin === undefined ? near : [], twin };
}
