import { editDistance, sameLetters } from './edit-distance';
import { CALENDAR } from './known-names';
import { NAME_HEADS } from './name-words';
import type { ProofingResources } from './proofreader';
import { isCapitalized } from './tokenize';
import type { Token } from './types';

// Capitalized words that are slips of everyday words wherever they stand: a plural, a month
// or weekday, a noun in -y. The capital-typo judgement asks these last.

// A letter dropped, added or two swapped: not a replaced one, which is how names differ
// ("the Cullens", not cullers).
function letterDroppedAddedOrSwapped(typed: string, known: string): boolean {
  if (Math.abs(typed.length - known.length) > 1 || editDistance(typed, known, 1) !== 1)
    return false;
  return typed.length !== known.length || sameLetters(typed, known);
}

/** A plural a letter off one the dictionary knows ("Buldogs", "Broncoes"). */
export function pluralWordSlip(word: string, resources: ProofingResources): boolean {
  const lower = word.toLowerCase();
  if (lower.length < 6 || !lower.endsWith('s')) return false;
  return resources.speller
    .suggest(lower)
    .some(
      (known) =>
        known.length >= 5 &&
        known.endsWith('s') &&
        known === known.toLowerCase() &&
        letterDroppedAddedOrSwapped(lower, known),
    );
}

const CALENDAR_WORDS = [...CALENDAR].map((name) => name.toLowerCase());

// "Septmber", "Wednsday": a month or a weekday with a letter dropped, added or two swapped,
// or from eight letters any one slip (asked where no surname follows: "Augusto Ruiz").
export function calendarSlip(word: string): boolean {
  if (word.length < 5) return false;
  const lower = word.toLowerCase();
  return CALENDAR_WORDS.some(
    (name) =>
      name !== lower &&
      (letterDroppedAddedOrSwapped(lower, name) ||
        (lower.length >= 8 && editDistance(lower, name, 1) === 1)),
  );
}

// "Twin Citys", "the Countys": a common noun in -y given a plain s, which no name is.
export function yPluralSlip(word: string, resources: ProofingResources): boolean {
  if (word.length < 5 || !word.endsWith('ys')) return false;
  const lower = word.toLowerCase();
  const noun = lower.slice(0, -1);
  return (
    (resources.common?.get(noun) ?? 99) <= 35 &&
    resources.speller.correct(`${noun.slice(0, -1)}ies`)
  );
}

// "the Eisenhower Tunel": the head of a name (tunnel, bridge, county) a letter off, after a
// capitalized word.
export function slipOfNameHead(units: ReadonlyArray<Token>, i: number, text: string): boolean {
  const before = units[i - 1];
  const token = units[i]!;
  if (before === undefined || !isCapitalized(before.text) || token.text.length < 4) return false;
  if (text.slice(before.end, token.start) !== ' ') return false;
  // Compared with the few heads of its first letter and length: most words meet none.
  const lower = token.text.toLowerCase();
  const heads = HEADS_BY_START.get(lower[0]!);
  return (
    heads !== undefined &&
    heads.some(
      (head) => Math.abs(head.length - lower.length) <= 1 && editDistance(lower, head, 1) === 1,
    )
  );
}

const HEADS_BY_START = new Map<string, string[]>();
for (const head of NAME_HEADS) {
  const list = HEADS_BY_START.get(head[0]!);
  if (list) list.push(head);
  else HEADS_BY_START.set(head[0]!, [head]);
}
