import type { UnknownName } from './consistency';
import type { ProofingResources } from './proofreader';
import { isCapitalized, stripPossessive } from './tokenize';
import type { Token } from './types';

// Capitalized words the dictionary knows that still count for the story's consistency check.

// Days and months are proper nouns that look alike (Tuesday, Thursday); never "variants".
export const CALENDAR: ReadonlySet<string> = new Set([
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'January',
  'February',
  'March',
  'April',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]);
const SAID_AFTER = /^ (?:said|says|told|added)\b/;
export const INITIALS = /^(\p{L}\.)+\p{L}?$/u;

/**
 * The consistency candidate a known capitalized word makes, or undefined: a proper noun the
 * dictionary knows (Achebe), or an everyday word used as a surname before a verb of saying
 * ("Coach P.J. Fleck said"), which another spelling of it ("Flek said") is held to and which
 * is never flagged itself.
 */
export function knownNameCandidate(
  units: ReadonlyArray<Token>,
  i: number,
  text: string,
  block: number,
  resources: ProofingResources,
): UnknownName | undefined {
  const token = units[i]!;
  const bare = stripPossessive(token.text);
  if (!isCapitalized(bare) || bare.length < 4) return undefined;
  const name = { block, start: token.start, end: token.start + bare.length, text: bare };
  if (
    !CALENDAR.has(bare) &&
    !resources.speller.correct(bare.toLowerCase()) &&
    !resources.gazetteer.lookup(bare)
  )
    return { ...name, known: true };
  const named =
    (!token.sentenceStart || INITIALS.test(units[i - 1]?.text ?? '')) &&
    SAID_AFTER.test(text.slice(token.end, token.end + 12));
  return named ? { ...name, known: true, everyday: true } : undefined;
}
