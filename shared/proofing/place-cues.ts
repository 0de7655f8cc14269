import type { ProofingResources } from './proofreader';
import { editDistance } from './edit-distance';
import type { Gazetteer } from './gazetteer';
import type { Finding, Token } from './types';
import { compassHeadSlip, letterDroppedAddedOrSwapped } from './word-slips';
import { isCapitalized } from './tokenize';
import { CALENDAR } from './known-names';
import { STATE_CODES } from './us-states';

const PLACE_WORDS = new Set(['in', 'near', 'outside', 'downtown']);
// Also said of companies and people ("crews from Entergy", "a letter to Linde").
const LOOSE_PLACE_WORDS = new Set(['from', 'to', 'across']);

// "X County", "X Parish", and "X and Y counties" (both X and Y).
const COUNTY_AFTER =
  /^(?: and \p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)?)?\s+(?:County|Parish|counties|parishes)\b/u;

// Words around a capitalized word that say it is a place: "in X", "X-based", "X County",
// "X, Calif."; `loose` also takes "from X", "to X", "across X".
export function placeCue(
  text: string,
  token: Token,
  tokens: ReadonlyArray<Token>,
  loose = true,
): boolean {
  const index = tokens.findIndex((t) => t.start === token.start);
  const before = index > 0 ? tokens[index - 1]!.text.toLowerCase() : '';
  const after = text.slice(token.end, token.end + 40);
  return (
    PLACE_WORDS.has(before) ||
    (loose && LOOSE_PLACE_WORDS.has(before)) ||
    /^-(based|area|bound|born)\b/.test(after) ||
    COUNTY_AFTER.test(after) ||
    /^,\s+[A-Z][a-z]{1,4}\./.test(after) ||
    stateNameAfter(after)
  );
}

/** A cue before a phrase's first word or after its last: "from Grand Rapid", "Grand Rapid, Mich." */
export function cuedRun(
  text: string,
  first: Token,
  last: Token,
  tokens: ReadonlyArray<Token>,
): boolean {
  return placeCue(text, first, tokens) || placeCue(text, last, tokens);
}

const STATE_AFTER = /^,\s+(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)/u;

// "Superior, Wisconsin": AP spells the state out in a story's body, so a full name is as
// sure a cue as "Wis." is.
function stateNameAfter(after: string): boolean {
  const m = STATE_AFTER.exec(after);
  if (m === null) return false;
  const words = m[1]!;
  return Object.hasOwn(STATE_CODES, words) || Object.hasOwn(STATE_CODES, words.split(' ')[0]!);
}

const JOINED_CUE = /^-(?:based|area|bound)\b/;

// "Huston-based": a word joined to "-based", "-area" or "-bound" names a place, even when the
// dictionary knows it as a surname.
export function joinedPlaceCue(text: string, token: Token): boolean {
  return JOINED_CUE.test(text.slice(token.end, token.end + 8));
}

const COMPASS = /^(North|South|East|West|Northeast|Northwest|Southeast|Southwest|Upper|Lower)\s/;

// "East Bay" is not a misspelled "West Bay": names that differ only in their compass word are
// different regions, both real.
export function otherCompassPoint(candidate: string, phrase: string): boolean {
  const a = COMPASS.exec(candidate);
  const b = COMPASS.exec(phrase);
  return a !== null && b !== null && candidate.slice(a[0].length) === phrase.slice(b[0].length);
}

const WITHIN = /^,? in ((?:St\. |Ft\. |Mt\. )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3})/u;

/**
 * The US states of the place a word is said to be in ("Romeville in St. James Parish": LA),
 * or none. A near miss of such a word is only a place in one of them.
 */
export function containingStates(text: string, token: Token, gazetteer: Gazetteer): string[] {
  const match = WITHIN.exec(text.slice(token.end, token.end + 60));
  if (!match) return [];
  const words = match[1]!.split(' ');
  // "Near Eugne in August": a month or a day is no place (though August, Calif., is).
  if (CALENDAR.has(words[0]!) || words[0] === 'May') return [];
  for (let n = words.length; n >= 1; n--) {
    const name = words.slice(0, n).join(' ');
    // A state is itself: "in Ohio" is OH, not the states with a county named Ohio.
    const state = Object.hasOwn(STATE_CODES, name) ? STATE_CODES[name] : undefined;
    if (state !== undefined) return [state];
    const known = gazetteer.lookup(name);
    if (known) return [...gazetteer.statesWithin(known)];
  }
  return [];
}

/**
 * The states of the known places a word is listed with ("Tempe, Meza and Glendale": AZ), or
 * none: a short word in such a list is held to the places of those states. Read from the
 * tokens (an expression of capitalized words costs milliseconds to compile, for a question
 * asked once or twice a story).
 */
export function listedPlaceStates(
  text: string,
  token: Token,
  tokens: ReadonlyArray<Token>,
  gazetteer: Gazetteer,
  /** Places smaller (in thousands) are no company for the word: none by default. */
  fewestPeople = 0,
): string[] {
  const k = tokens.findIndex((t) => t.start === token.start);
  const gap = (a: Token | undefined, b: Token | undefined): string | undefined =>
    a === undefined || b === undefined ? undefined : text.slice(a.end, b.start);
  // Up to three capitalized words from `from` on, one space apart, read `step`wise.
  const words = (from: number, step: 1 | -1): Token[] => {
    const found: Token[] = [];
    for (let j = from; found.length < 3; j += step) {
      const t = tokens[j];
      if (t === undefined || !isCapitalized(t.text)) break;
      if (
        found.length > 0 &&
        gap(step === 1 ? found[found.length - 1] : t, step === 1 ? t : found[found.length - 1]) !==
          ' '
      )
        break;
      found.push(t);
    }
    return step === 1 ? found : found.reverse();
  };
  const states = new Set<string>();
  const add = (list: Token[], fromEnd: boolean): void => {
    for (let n = list.length; n >= 1; n--) {
      const part = fromEnd ? list.slice(-n) : list.slice(0, n);
      const known = gazetteer.lookup(text.slice(part[0]!.start, part[part.length - 1]!.end));
      if (known) {
        if (gazetteer.peopleOf(known) < fewestPeople) return;
        for (const state of gazetteer.statesWithin(known)) states.add(state);
        return;
      }
    }
  };
  const before = tokens[k - 1];
  if (gap(before, token) === ', ') add(words(k - 1, -1), true);
  // The last of a list: "Tulsa, Norman and Edmund".
  else if (
    (before?.text === 'and' || before?.text === 'or') &&
    gap(before, token) === ' ' &&
    gap(tokens[k - 2], before) === ' '
  )
    add(words(k - 2, -1), true);
  const next = tokens[k + 1];
  if (gap(token, next) === ', ') add(words(k + 1, 1), false);
  else if (
    (next?.text === 'and' || next?.text === 'or') &&
    gap(token, next) === ' ' &&
    gap(next, tokens[k + 2]) === ' '
  )
    add(words(k + 2, 1), false);
  return [...states];
}

// Directions and words that open places' own names ("East Ely", "Fort Myers", "Lake Placid").
const PLACE_OPENERS = new Set(
  (
    'north south east west northern southern eastern western central upper lower downtown ' +
    'greater old new fort port lake mount saint st. little big'
  ).split(' '),
);

// A place's name after an everyday word of the same name ends that name, and is its head,
// not the place: "the Forest Fire Centre" (not Centre, Ala.), "the Bell Centre".
export function headOfName(
  run: ReadonlyArray<Token>,
  i: number,
  text: string,
  resources: ProofingResources,
): boolean {
  const before = run[i - 1];
  if (before === undefined || text.slice(before.end, run[i]!.start) !== ' ') return false;
  const lower = before.text.toLowerCase();
  return resources.common?.has(lower) === true && !PLACE_OPENERS.has(lower);
}

// Where a place's name ends a phrase ("two years in Huston before", "works in Austen."), not
// a writer's, whose name is followed by a verb or a possessive ("interest in Austen grew").
const PLACE_ENDS =
  /^(?:$|[,.;:!?)]|\s+(?:and|or|before|after|until|for|to|where|when|while|since|with|on|in|at|from|during|last|this|next)\b)/;

/** People, in thousands, of a city so big that a name a letter off it after "in" means it. */
const BIG_CITY_THOUSANDS = 500;

/**
 * A surname the dictionary knows where a place goes, a letter off a big city: "two years in
 * Huston" (Houston), not the director. Only after "in", "near" or "outside", and only for a
 * word that is no place itself.
 */
export function bigCitySlip(
  units: ReadonlyArray<Token>,
  i: number,
  text: string,
  resources: ProofingResources,
): string | undefined {
  const token = units[i]!;
  const { gazetteer } = resources;
  if (
    token.text.length < 5 ||
    !isCapitalized(token.text) ||
    !placeCue(text, token, units, false) ||
    !PLACE_ENDS.test(text.slice(token.end, token.end + 12)) ||
    gazetteer.lookup(token.text) !== undefined
  )
    return undefined;
  return gazetteer
    .nearMisses(token.text)
    .find(
      (name) =>
        !name.includes(' ') &&
        gazetteer.peopleOf(name) >= BIG_CITY_THOUSANDS &&
        editDistance(name.toLowerCase(), token.text.toLowerCase(), 1) === 1,
    );
}

/** Where a place's name ends, for a town a word may be a slip of: also before "that". */
const TOWN_ENDS =
  /^(?:$|[,.;:!?)]|\s+(?:that|which|and|or|where|when|since|last|this|next|instead)\b)/;

/** People, in thousands, of a town a word after "to" or "from" may be a slip of. */
const LOOSE_TOWN_THOUSANDS = 100;

/**
 * Towns a capitalized everyday word after "in" or "near" (or "to", "from" for a city) is a
 * letter dropped, added or swapped from ("a plant near Marshal that": Marshall, Mich.), for
 * the story to judge by its
 * states (story-geography.ts): the word itself is no place the gazetteer knows.
 */
export function townsNearWord(
  units: ReadonlyArray<Token>,
  i: number,
  text: string,
  resources: ProofingResources,
): string[] {
  const token = units[i]!;
  const before = units[i - 1];
  if (
    token.text.length < 5 ||
    token.sentenceStart ||
    !isCapitalized(token.text) ||
    before === undefined ||
    !(
      PLACE_WORDS.has(before.text) ||
      LOOSE_PLACE_WORDS.has(before.text) ||
      personOfPlace(units, i)
    ) ||
    !TOWN_ENDS.test(text.slice(token.end, token.end + 9)) ||
    resources.gazetteer.lookup(token.text) !== undefined
  )
    return [];
  const lower = token.text.toLowerCase();
  // After "to" or "from" a word may be anyone ("wrote to Marshal"): only a city of some
  // size is meant there ("go to Phenix instead" in an Arizona story).
  const loose = !PLACE_WORDS.has(before.text);
  return resources.gazetteer
    .nearMisses(token.text)
    .filter(
      (name) =>
        !name.includes(' ') &&
        resources.gazetteer.statesOf(name).length > 0 &&
        (!loose || resources.gazetteer.peopleOf(name) >= LOOSE_TOWN_THOUSANDS) &&
        letterDroppedAddedOrSwapped(lower, name.toLowerCase()),
    );
}

// Words before "of" that make it no home town: "the University of", "Bank of", "Duke of".
const OF_HEADS = new Set(
  (
    'University College School Bank Department Office Board City State County Town Village ' +
    'Republic Kingdom Province Church Diocese Archdiocese Museum Institute Academy Society ' +
    'Council Court Chamber Port Bay Gulf Sea Lake Isle Isles Islands Duke Duchess Earl Prince ' +
    'Princess King Queen Bishop Archbishop Governor Mayor President Secretary Minister Chief ' +
    'Friends Sisters Brothers Knights Daughters Sons Children Bishops Ministry Division Army ' +
    'Bureau Agency Commission Association Federation Union Committee Port Hospital Center Mount'
  ).split(' '),
);

// "Sons, Miguel of Phenix and Luis of Las Cruces": a person's home town, as an obituary's
// survivors or a list of winners give it.
function personOfPlace(units: ReadonlyArray<Token>, i: number): boolean {
  const of = units[i - 1];
  const person = units[i - 2];
  return (
    of?.text === 'of' &&
    person !== undefined &&
    /^\p{Lu}\p{Ll}+$/u.test(person.text) &&
    !person.sentenceStart &&
    !OF_HEADS.has(person.text)
  );
}

// A place whose name is joined by a hyphen, its second part slipped into a word: "Wilkes-Bare"
// (Wilkes-Barre), "Winston-Salam". Only with the first part as the place has it.
export function hyphenedPlaceSlip(word: string, resources: ProofingResources): boolean {
  const at = word.indexOf('-');
  if (at < 1 || !isCapitalized(word.slice(at + 1))) return false;
  const head = word.slice(0, at + 1);
  return resources.gazetteer.nearMisses(word).some((name) => name.startsWith(head));
}

// A capitalized word the dictionary knows, where a big city or a name's head stands: "two
// years in Huston" (Houston), "the East Bey" (Bay).
export function knownWordSlip(
  units: ReadonlyArray<Token>,
  i: number,
  text: string,
  resources: ProofingResources,
): Finding | undefined {
  const token = units[i]!;
  const city = bigCitySlip(units, i, text, resources);
  const head = city === undefined ? compassHeadSlip(units, i, text) : undefined;
  const meant = city ?? head;
  if (meant === undefined) return undefined;
  return {
    start: token.start,
    end: token.end,
    text: token.text,
    kind: 'name',
    message:
      city !== undefined
        ? `Check the place: did you mean “${city}”?`
        : `Check the name: did you mean “${units[i - 1]!.text} ${meant}”?`,
    suggestions: [meant],
  };
}

const LISTED_BEFORE = /\p{L}, $|\b(?:and|or) $/u;
const LISTED_AFTER = /^(?:, | and | or )\p{Lu}/u;

// Countries of five letters or fewer, which the gazetteer leaves out as targets of slips
// (many are surnames too): no given name to hold to a town.
const SHORT_COUNTRIES = new Set(
  (
    'India China Japan Italy Spain Egypt Chile Cuba Iran Iraq Peru Nepal Syria Yemen Qatar ' +
    'Oman Kenya Ghana Libya Sudan Niger Gabon Haiti Benin Togo Malta Fiji Laos Chad Mali ' +
    'Tonga Samoa Nauru Palau Aruba Macao Guam'
  ).split(' '),
);

/**
 * Towns of some size (20,000 people or more) a given name the dictionary knows is one slip
 * from, in the states of towns of such size listed with it: "Tulsa, Norman and Edmund"
 * (Edmond, Okla.). A name alone, or among people, is left as written.
 */
export function listedTownsNear(
  text: string,
  token: Token,
  tokens: ReadonlyArray<Token>,
  resources: ProofingResources,
): string[] {
  const { gazetteer } = resources;
  const word = token.text;
  if (
    word.length < 5 ||
    gazetteer.lookup(word) !== undefined ||
    gazetteer.isStateOrCountry(word) ||
    SHORT_COUNTRIES.has(word)
  )
    return [];
  // Asked of many a capitalized word: the words around it first, the gazetteer last.
  if (
    !LISTED_BEFORE.test(text.slice(Math.max(0, token.start - 6), token.start)) &&
    !LISTED_AFTER.test(text.slice(token.end, token.end + 6))
  )
    return [];
  const listed = listedPlaceStates(text, token, tokens, gazetteer, 20);
  if (listed.length === 0) return [];
  // (A name many states share, "Frankfort", is no one town to hold the word to.)
  return gazetteer
    .nearMisses(word)
    .filter(
      (name) =>
        !name.includes(' ') &&
        gazetteer.peopleOf(name) >= 20 &&
        gazetteer.statesWithin(name).length <= 2 &&
        editDistance(name.toLowerCase(), word.toLowerCase(), 1) <= 1 &&
        gazetteer.statesWithin(name).some((s) => listed.includes(s)),
    );
}
