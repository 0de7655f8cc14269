import type { ProofingResources } from './proofreader';
import { NAME_CLOSERS, NAME_HEADS, TITLE_WORDS } from './name-words';
import type { Token } from './types';

// What says a run of capitalized words is a person's name: a title before it (abbreviated or
// written out), an age or a verb of saying after it, or two words that are no everyday words.

export const PERSONAL_TITLE =
  /(?:^|[^\p{L}])(?:Dr|Mr|Mrs|Ms|Gov|Sen|Rep|Rev|Sgt|Lt|Capt|Cpl|Gen|Col|Maj|Det|Supt|Prof|Atty)\. $/u;

export const TITLES = new Set(TITLE_WORDS);

// Whether the word just before `start` (one space between) is a title: "spokeswoman Dana Troy".
export function titleBefore(text: string, start: number): boolean {
  if (start < 2 || text.charCodeAt(start - 1) !== 32) return false;
  let from = start - 1;
  while (from > 0 && isLetterCode(text.charCodeAt(from - 1))) from--;
  return from < start - 1 && TITLES.has(text.slice(from, start - 1).toLowerCase());
}

// ASCII letters suffice: every title is written in them.
function isLetterCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

// After a person's name: an age ("Shannon Mills, 45,") or a verb of saying.
export const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:the|a|an) $/iu;
const AGE_AFTER = /^, \d{1,3},/;
const SAID_AFTER = /^ (?:said|says|told|added|testified)\b/;

// An age after a name is a person's; so is a verb of saying after one or two words that are
// no everyday words ("Garrett said"), not after "Kansai Electric Power" or "Maricopa County".
export function personAfter(
  text: string,
  run: ReadonlyArray<Token>,
  resources: ProofingResources,
): boolean {
  const after = text.slice(run[run.length - 1]!.end, run[run.length - 1]!.end + 12);
  if (AGE_AFTER.test(after)) return true;
  return (
    SAID_AFTER.test(after) &&
    run.length <= 2 &&
    run.every((t) => !resources.speller.correct(t.text.toLowerCase()))
  );
}

const SAID_BEFORE = /(?:^|[^\p{L}])(?:said|says|according to) $/u;
const WHO_AFTER = /^,? who\b/;

// Two or three capitalized words led by a given name, after a verb of saying or before
// "who" ("said Dana Cooper", "Marion Keller, who"): a person's, though the given name is a
// small town's too (Dana, N.C.), which would otherwise set the story's state. Not a known
// place's name, nor led by a big town's ("according to Fresno Unified").
export function personAround(
  text: string,
  run: ReadonlyArray<Token>,
  resources: ProofingResources,
): boolean {
  if (run.length < 2 || run.length > 3) return false;
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const before = text.slice(Math.max(0, first.start - 14), first.start);
  if (!SAID_BEFORE.test(before) && !WHO_AFTER.test(text.slice(last.end, last.end + 6)))
    return false;
  const { gazetteer, speller } = resources;
  return (
    speller.listed(first.text) &&
    !speller.correct(first.text.toLowerCase()) &&
    gazetteer.peopleOf(first.text) < 50 &&
    gazetteer.lookup(text.slice(first.start, last.end)) === undefined &&
    run.every((t) => !TITLES.has(t.text.toLowerCase()) && !gazetteer.isStateOrCountry(t.text))
  );
}

// Two or three capitalized words, none an everyday word, one of them a town ("Dalton
// Jenkins", "Susan Whitcomb Eaton"; the first may be a given name that is a word too, "Peter
// Whitcomb Eaton"): a person's names as likely as a place. "Chicago Public
// Schools", "West Ashville" and "Ohio" are places.
export function personLike(
  run: ReadonlyArray<Token>,
  place: string,
  resources: ProofingResources,
): boolean {
  return (
    (run.length === 2 || run.length === 3) &&
    !resources.gazetteer.isStateOrCountry(place) &&
    run.every(
      (t, k) =>
        !resources.speller.correct(t.text.toLowerCase()) ||
        (k === 0 &&
          resources.speller.listed(t.text) &&
          t.text !== place &&
          // (Of two words, a first name that is no place's nor a direction: "Ana Gonzalez",
          // not "West Gonzalez".)
          (run.length === 3 ||
            (resources.gazetteer.lookup(t.text) === undefined && !COMPASS_WORD.test(t.text)))),
    )
  );
}

const COMPASS_WORD =
  /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower|Central)$/;

// A word written just before a surname the dictionary lists with its capital ("Keagan
// Johnson", "Jaylin Noel") is a given name, not a town a slip away (Eagan): only when the
// surname is no everyday word of the commoner sizes and no head of a place's name ("Oaklan
// Park", "Sacremento County") or a state ("Eagen Minnesota").
export function beforeSurname(
  text: string,
  token: Token,
  next: Token | undefined,
  resources: ProofingResources,
): boolean {
  if (next === undefined || text.slice(token.end, next.start) !== ' ') return false;
  const lower = next.text.toLowerCase();
  return (
    resources.speller.listed(next.text) &&
    (resources.common?.get(lower) ?? 99) > 35 &&
    !NAME_HEADS.has(lower) &&
    !NAME_CLOSERS.has(lower) &&
    !resources.gazetteer.isStateOrCountry(next.text)
  );
}

// Words before a place's own name, listed with a capital in the dictionary but no given names.
const PLACE_HEADS = new Set(
  (
    'north south east west northeast northwest southeast southwest upper lower central ' +
    'greater new old fort port mount lake saint san santa los las el la de del grand ' +
    'little big palm glen point cape bay sun twin long'
  ).split(' '),
);

/**
 * A given name the dictionary lists that is an everyday word too ("Pat", "Mark", "Bill",
 * "Grant"): not a place's name, a state, or a word that starts a place's name ("East", "Fort").
 */
export function givenNameToo(word: string, resources: ProofingResources): boolean {
  return (
    resources.speller.listed(word) &&
    !PLACE_HEADS.has(word.toLowerCase()) &&
    resources.gazetteer.lookup(word) === undefined &&
    !resources.gazetteer.isStateOrCountry(word)
  );
}
