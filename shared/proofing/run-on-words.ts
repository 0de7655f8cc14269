import type { ProofingResources } from './proofreader';

// Whole-word fixes offered before the ranked ones: two everyday words run together ("alot",
// "infact") and "-ight" written by ear ("midnite").

const LETTERS_ONLY = /^\p{L}+$/u;

// Words a writer runs into the next one: "alot", "infact", "eachother", "ofcourse".
const VOWEL_START = /^[aeiou]/;
// "asigning" is assigning, not "a signing": an article goes before a plain word.
const INFLECTED = /(?:s|ed|ing|ly)$/;
const RUN_ON_HEADS = [
  'a',
  'an',
  'in',
  'at',
  'as',
  'of',
  'on',
  'up',
  'each',
  'even',
  'every',
  'all',
  'no',
];
// Heads run into only a few words ("upto", "eventhough"; "upselling" is a word of its own).
const ONLY_TAILS: Readonly<Record<string, ReadonlySet<string>>> = {
  up: new Set(['to']),
  even: new Set(['though', 'if', 'when', 'more', 'less', 'after', 'before', 'worse', 'better']),
};
// Short words a little word is run into often enough ("noone", "ontop", "upto").
const SHORT_TAILS = new Set(['one', 'top', 'to']);

// "alot" → a lot, "infact" → in fact: a little word run into a common one. ("notbook" is
// notebook, not "not book": only those little words.)
export function spaceLeftOut(lower: string, resources: ProofingResources): string | undefined {
  if (!LETTERS_ONLY.test(lower)) return undefined;
  let letterLeftOut: boolean | undefined;
  // A common word with a letter left out after the first is that word: "assits" is assists,
  // not "as sits"; "aprove" is approve. ("habit" is not "abit": a first letter is seldom
  // left out.) Known words one slip away and a letter longer are those with one put in.
  // So is one with a letter doubled: "asside" is aside, not "as side".
  const missesALetter = (): boolean =>
    (letterLeftOut ??=
      resources.speller
        .suggest(lower)
        .some(
          (word) =>
            word.length === lower.length + 1 &&
            word[0] === lower[0] &&
            (resources.common?.get(word) ?? 99) <= 20,
        ) || undoubled(lower, resources));
  for (const head of RUN_ON_HEADS) {
    const tail = lower.slice(head.length);
    if (!lower.startsWith(head) || (ONLY_TAILS[head] !== undefined && !ONLY_TAILS[head].has(tail)))
      continue;
    if ((tail.length < 3 && !SHORT_TAILS.has(tail)) || (resources.common?.get(tail) ?? 99) > 10)
      continue;
    // "a" before a consonant and a plain word ("a lot", not "a access" or "a gains"); other
    // heads before a word of four letters or more ("in fact", not "in for").
    const article = head === 'a' || head === 'an';
    const fits = article
      ? VOWEL_START.test(tail) === (head === 'an') && !INFLECTED.test(tail)
      : tail.length >= 4 || SHORT_TAILS.has(tail);
    if (fits && !missesALetter() && !(head.length === 2 && oneKeyOff(lower, resources)))
      return `${head} ${tail}`;
  }
  return undefined;
}

// "attrack" is attract, not "at track": a common word of the same length one letter off and
// starting as the typed one does is the slip's word. (Not "infact" → intact: "in" is run into
// the next word far more often than "at" or "as".)
function oneKeyOff(lower: string, resources: ProofingResources): boolean {
  if (!lower.startsWith('at') && !lower.startsWith('as')) return false;
  return resources.speller.suggest(lower).some((word) => {
    if (word.length !== lower.length || !word.startsWith(lower.slice(0, 3))) return false;
    let differ = 0;
    for (let i = 0; i < word.length; i++) if (word[i] !== lower[i]) differ++;
    return differ === 1 && (resources.common?.get(word) ?? 99) <= 20;
  });
}

// A common word the typed one is with a doubled consonant made single ("asside": aside;
// "noone" is still no one).
function undoubled(lower: string, resources: ProofingResources): boolean {
  for (let i = 1; i < lower.length; i++)
    if (
      lower[i] === lower[i - 1] &&
      !VOWEL_START.test(lower[i]!) &&
      (resources.common?.get(lower.slice(0, i) + lower.slice(i + 1)) ?? 99) <= 35
    )
      return true;
  return false;
}

// "midnite", "tonite", "brite": "-ight" written by ear, as signs and ads spell it.
export function ightByEar(lower: string, resources: ProofingResources): string | undefined {
  for (let at = lower.indexOf('ite'); at > 0; at = lower.indexOf('ite', at + 1)) {
    const meant = `${lower.slice(0, at)}ight${lower.slice(at + 3)}`;
    if (resources.speller.correct(meant) && (resources.common?.get(meant) ?? 99) <= 35)
      return meant;
  }
  return undefined;
}

// "posterchild": two everyday words of four letters or more run together, where no word is
// near the whole ("stepchild" is four slips off). Only the commonest split is offered.
export function twoWordsRunTogether(
  lower: string,
  resources: ProofingResources,
): string | undefined {
  if (lower.length < 8 || !LETTERS_ONLY.test(lower)) return undefined;
  const rank = (w: string): number => resources.common?.get(w) ?? 99;
  let best: string | undefined;
  let bestRank = 36;
  for (let at = 4; at <= lower.length - 4; at++) {
    const worse = Math.max(rank(lower.slice(0, at)), rank(lower.slice(at)));
    if (worse < bestRank) {
      bestRank = worse;
      best = `${lower.slice(0, at)} ${lower.slice(at)}`;
    }
  }
  return best;
}
