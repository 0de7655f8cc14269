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
// Pronouns and determiners that open "They told us" or "Those said to"; never surnames.
const FUNCTION_WORDS = new Set(
  'they them their these those there then this that what when where which while whom some many most both each every everyone everybody nobody none others another neither either ours yours theirs'.split(
    ' ',
  ),
);
// (A verb with its object: "Brant pushed the woman", not "Whitewater fans".)
const VERB_AFTER =
  /^ \p{Ll}{3,}(?:es|ed|s) (?:him|her|them|it|the|a|an|his|their|its|that|to|on|in|at|into|from|with)\b/u;
const LIFE_VERB_AFTER = /^ (?:served|graduated|married|joined|founded|retired|died|wrote)\b/;
export const INITIALS = /^(\p{L}\.)+\p{L}?$/u;
// After a courtesy title a word is a surname whatever follows it: "Mr. Bowmen sold his vote".
const TITLE_BEFORE = /^(?:Mr|Mrs|Ms|Mx|Dr)\.?$/;

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
  const after = text.slice(token.end, token.end + 12);
  // Opening a sentence, before a verb of a person's life too: "Hatchet served two terms".
  // Opening a sentence before "said", a word not ending in s may be a surname too ("Field
  // said" in the story of Paula Fields); "Officials said", "Police said" stay words. So may
  // a rare one in s ("Marques said", after Jordan Marquez: marques are car makes).
  const uncommon = (resources.common?.get(bare.toLowerCase()) ?? 99) > 35;
  // Mid-sentence, a rare word's capital before a verb says it is a name: "when Brant strikes
  // him" (a goose's name, and a slip of the officer's, Brandt).
  // So does an owner's ending on a name the dictionary lists with its capital: "Cole's
  // lawyer" (the cabbage owns nothing) in the story of Brittany Coles.
  const surnameByForm =
    (!token.sentenceStart && TITLE_BEFORE.test(units[i - 1]?.text ?? '')) ||
    (bare !== token.text && resources.speller.listed(bare));
  const named =
    !token.sentenceStart || INITIALS.test(units[i - 1]?.text ?? '')
      ? surnameByForm ||
        SAID_AFTER.test(after) ||
        (uncommon &&
          !token.sentenceStart &&
          resources.speller.correct(bare.toLowerCase()) &&
          VERB_AFTER.test(text.slice(token.end, token.end + 40)))
      : surnameByForm ||
        LIFE_VERB_AFTER.test(after) ||
        ((!bare.endsWith('s') || uncommon) && SAID_AFTER.test(after));
  const openingPlural = !named && token.sentenceStart && SAID_AFTER.test(after);
  if ((!named && !openingPlural) || FUNCTION_WORDS.has(bare.toLowerCase())) return undefined;
  return {
    ...name,
    known: true,
    everyday: true,
    ...(resources.speller.listed(bare) ? { listedName: true as const } : {}),
    ...(uncommon ? { uncommonWord: true as const } : {}),
    ...(openingPlural ? { openingPlural: true as const } : {}),
  };
}
