import { editDistance, sameLetters } from './edit-distance';
import { CALENDAR } from './known-names';
import type { ProofingResources } from './proofreader';

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
