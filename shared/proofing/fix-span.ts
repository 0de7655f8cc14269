/**
 * The part of a rule's match its fix changes. A rule reads words around a slip to be sure of
 * it ("legislature past a law"), but the slip is the word it changes: "past" → "passed".
 * Reporting only that part underlines the wrong word, leaves the words around it free for
 * other findings (AP's "Legislature" on the word before), and makes the fix read as one.
 */
export interface ChangedPart {
  /** Offsets into the match. */
  readonly from: number;
  readonly to: number;
  readonly fix: string;
}

const SPACE = /\s/u;

export function changedPart(matched: string, fix: string): ChangedPart {
  const whole = { from: 0, to: matched.length, fix };
  if (matched === fix) return whole;
  let same = 0;
  const shorter = Math.min(matched.length, fix.length);
  while (same < shorter && matched[same] === fix[same]) same++;
  // Back to the start of a word the two share whole.
  let from = same;
  while (from > 0 && !SPACE.test(matched[from - 1]!)) from--;
  let tail = 0;
  while (tail < shorter - from && matched[matched.length - 1 - tail] === fix[fix.length - 1 - tail])
    tail++;
  // Back to a space that ends the changed words.
  while (tail > 0 && !SPACE.test(matched[matched.length - tail]!)) tail--;
  if (from === 0 && tail === 0) return whole;
  const part = matched.slice(from, matched.length - tail).trimEnd();
  const partFix = fix.slice(from, fix.length - tail).trimEnd();
  // A fix that only takes words out ("the the") or changes spacing keeps its whole match.
  if (part === '' || partFix === '' || /^\s/u.test(part) || /^\s/u.test(partFix)) return whole;
  return { from, to: from + part.length, fix: partFix };
}
