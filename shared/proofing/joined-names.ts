import type { UnknownName } from './consistency';
import { nameDistance } from './name-distance';
import { isCapitalized } from './tokenize';
import type { Finding } from './types';

// Double surnames joined by a hyphen ("Trujillo-Baca"): their second parts, held to each other.

// The second parts of double surnames joined to the same first part, a letter apart even at
// their start ("Trujillo-Baca", "Trujillo-Vaca"; "Okafor-Mills", "Okafor-Mils", a word) or
// both names the dictionary lists
// ("Bradford-Grey", "Bradford-Gray", which the story-wide check takes for two names): the
// one given a first name, else the commoner spelling; tied, the later is the slip.
export function joinedSlips(
  unknown: ReadonlyArray<UnknownName>,
  counts: ReadonlyMap<string, number>,
  preferred: Map<string, string>,
  introduced: ReadonlySet<string> = new Set(),
): void {
  const byFirstPart = new Map<string, string[]>();
  for (const u of unknown) {
    if (u.joinedTo === undefined || u.text.length < 4) continue;
    const list = byFirstPart.get(u.joinedTo);
    if (list === undefined) byFirstPart.set(u.joinedTo, [u.text]);
    else if (!list.includes(u.text)) list.push(u.text);
  }
  for (const list of byFirstPart.values()) {
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i]!, list[j]!];
        // (A letter dropped or added only where the first letters agree: "Mills", "Mils".)
        const lengths = Math.abs(a.length - b.length);
        if (lengths > (a[0] === b[0] ? 1 : 0) || nameDistance(a, b) !== 1) continue;
        const [ca, cb] = [counts.get(a) ?? 0, counts.get(b) ?? 0];
        const given = introduced.has(a) !== introduced.has(b);
        const [rare, common] = given
          ? introduced.has(a)
            ? [b, a]
            : [a, b]
          : ca < cb
            ? [a, b]
            : [b, a];
        if (!preferred.has(rare) && !preferred.has(common)) preferred.set(rare, common);
      }
  }
}

// The second part of a double surname records the first ("Baca" of "Trujillo-Baca"), so a
// slip of its first letter is still seen as one name spelled two ways ("Trujillo-Vaca").
export function markJoinedNames(unknown: UnknownName[], from: number, text: string): void {
  for (let k = from; k < unknown.length; k++) {
    const u = unknown[k]!;
    if (text[u.start - 1] !== '-') continue;
    const joinedTo = /[\p{L}'’]+$/u.exec(text.slice(Math.max(0, u.start - 31), u.start - 1))?.[0];
    if (joinedTo && isCapitalized(joinedTo)) unknown[k] = { ...u, joinedTo };
  }
}

const JOINED_NAME = /(?<![\p{L}'’-])(\p{Lu}\p{Ll}{2,})[-‑](\p{Lu}\p{Ll}{2,})(?![\p{L}-])/gu;

// Each block's joined names, by its text, written apart: a recheck reads the blocks it
// has seen from here (scanning every block again cost 0.4 ms a keystroke on 10,000 words).
const JOINED_BY_TEXT = new Map<string, ReadonlyArray<string>>();
const NONE: ReadonlyArray<string> = [];

function joinedIn(text: string): ReadonlyArray<string> {
  if (!text.includes('-') && !text.includes('‑')) return NONE;
  let found = JOINED_BY_TEXT.get(text);
  if (found === undefined) {
    found = [...text.matchAll(JOINED_NAME)].map((m) => `${m[1]} ${m[2]}`);
    if (JOINED_BY_TEXT.size > 5_000) JOINED_BY_TEXT.clear();
    JOINED_BY_TEXT.set(text, found);
  }
  return found;
}

/**
 * A double surname the story joins with a hyphen ("Peterson-Mayberry") written elsewhere with
 * a space ("Peterson Mayberry said"): the hyphen left out. Not when the story writes the two
 * words apart more often than joined: then the joined one is the odd one out, or two names.
 */
export function unjoinedNames(
  blocks: ReadonlyArray<string>,
): Array<{ block: number; finding: Finding }> {
  const joined = new Map<string, number>();
  for (const text of blocks)
    for (const key of joinedIn(text)) joined.set(key, (joined.get(key) ?? 0) + 1);
  if (joined.size === 0) return [];
  const found: Array<{ block: number; finding: Finding }> = [];
  for (const [apart, uses] of joined) {
    // (The pattern is made only for a story that writes the two words apart somewhere.)
    if (!blocks.some((text) => text.includes(apart))) continue;
    const mentions = mentionsIn(blocks, apart, '');
    if (mentions.length === 0 || mentions.length > uses) continue;
    const hyphened = apart.replace(' ', '-');
    found.push(
      ...consistencyFindings(
        mentions,
        apart,
        hyphened,
        `Elsewhere the story joins this name with a hyphen: “${hyphened}”.`,
      ),
    );
  }
  return found;
}

// A first word that makes a direction or a part of a place: "Eastside" and "the East Side",
// "Southgate" and "South Gate" are often two places in one story.
const COMPASS_START = /^(?:North|South|East|West|Upper|Lower|Mid|Up|Down)/;

/**
 * Places of two words the story names ("High Point") that it may also write as one word
 * ("Highpoint", itself a village in Ohio): the one word, with the two. `counts` are the
 * story's capitalized words; a word is tried only where the story also writes its two
 * halves capitalized, so most words cost two map lookups. Worked out again only when the
 * story's capitalized words change.
 */
export function runTogetherPlaces(
  counts: ReadonlyMap<string, number>,
  isPlace: (name: string) => boolean,
): ReadonlyMap<string, string> {
  const pairs = new Map<string, string>();
  for (const word of counts.keys()) {
    if (word.length < 6 || !/^\p{Lu}\p{Ll}+$/u.test(word) || COMPASS_START.test(word)) continue;
    for (let i = 3; i <= word.length - 3; i++) {
      const head = word.slice(0, i);
      const tail = word.charAt(i).toUpperCase() + word.slice(i + 1);
      if (counts.has(head) && counts.has(tail) && isPlace(`${head} ${tail}`)) {
        pairs.set(word, `${head} ${tail}`);
        break;
      }
    }
  }
  return pairs;
}

/**
 * Each use of a one-word spelling of a place the story writes as two words (see
 * `runTogetherPlaces`): the space left out. Not where the one word is written more often.
 */
export function placesRunTogether(
  blocks: ReadonlyArray<string>,
  pairs: ReadonlyMap<string, string>,
): Array<{ block: number; finding: Finding }> {
  const found: Array<{ block: number; finding: Finding }> = [];
  for (const [word, apart] of pairs) {
    // The two words as the whole name, not the start of a longer one ("New Port Richey").
    const spaced = mentionsIn(blocks, apart, '| \\p{Lu}').length;
    const joined = mentionsIn(blocks, word, '');
    if (spaced === 0 || spaced < joined.length) continue;
    found.push(
      ...consistencyFindings(
        joined,
        word,
        apart,
        `Elsewhere the story writes this place as two words: “${apart}”.`,
      ),
    );
  }
  return found;
}

// Where the blocks write `words` whole (not inside a longer word, nor before `notBefore`).
function mentionsIn(
  blocks: ReadonlyArray<string>,
  words: string,
  notBefore: string,
): Array<{ block: number; start: number }> {
  const pattern = new RegExp(`(?<![\\p{L}'’-])${words}(?![\\p{L}-]${notBefore})`, 'gu');
  const mentions: Array<{ block: number; start: number }> = [];
  blocks.forEach((text, block) => {
    // (Most blocks lack the words: a plain search rules them out first.)
    if (text.includes(words))
      for (const m of text.matchAll(pattern)) mentions.push({ block, start: m.index });
  });
  return mentions;
}

// A consistency finding on each mention of `written`, offering `meant`.
function consistencyFindings(
  mentions: ReadonlyArray<{ block: number; start: number }>,
  written: string,
  meant: string,
  message: string,
): Array<{ block: number; finding: Finding }> {
  return mentions.map(({ block, start }) => ({
    block,
    finding: {
      start,
      end: start + written.length,
      text: written,
      kind: 'consistency',
      message,
      suggestions: [meant],
    },
  }));
}
