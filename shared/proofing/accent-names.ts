import type { Finding } from './types';

// "Claudia Díaz" three times, then "Diaz's lawyer": a name typed without its accent where the
// story elsewhere gives it one. The story-wide name check compares spellings the dictionary
// lacks, and "Diaz" is listed, so it never meets the pair.

const MARKS = /\p{M}/gu;
const NOT_PLAIN = /[^ -~]/u;

function plainSpelling(word: string): string {
  return word.normalize('NFD').replace(MARKS, '');
}

/**
 * Findings on each use of a name without its accents, where the story uses the accented
 * spelling at least as often. Not a word the story ever writes before another capitalized
 * word: a given name ("Jose Quinon" beside "José Díaz") may be another person's own way;
 * nor an everyday word.
 */
export function accentSlips(
  counts: ReadonlyMap<string, number>,
  blocks: ReadonlyArray<string>,
  /** Whether a word is an everyday one: "Confederation" is no slip of "Confédération". */
  everyday: (word: string) => boolean,
): Array<{ block: number; finding: Finding }> {
  const found: Array<{ block: number; finding: Finding }> = [];
  for (const [accented, uses] of counts) {
    if (accented.length < 3 || !NOT_PLAIN.test(accented)) continue;
    const plain = plainSpelling(accented);
    if (plain === accented || NOT_PLAIN.test(plain) || (counts.get(plain) ?? 0) > uses) continue;
    if ((counts.get(plain) ?? 0) === 0 || everyday(plain.toLowerCase())) continue;
    const pattern = new RegExp(`(?<![\\p{L}\\p{M}'’-])${plain}(?![\\p{L}\\p{M}])`, 'gu');
    const mentions: Array<{ block: number; start: number }> = [];
    let givenName = false;
    blocks.forEach((text, block) => {
      if (!text.includes(plain)) return;
      for (const m of text.matchAll(pattern)) {
        if (/^ \p{Lu}/u.test(text.slice(m.index + plain.length, m.index + plain.length + 2)))
          givenName = true;
        mentions.push({ block, start: m.index });
      }
    });
    if (givenName) continue;
    for (const { block, start } of mentions)
      found.push({
        block,
        finding: {
          start,
          end: start + plain.length,
          text: plain,
          kind: 'consistency',
          message: `“${plain}” is spelled “${accented}” elsewhere in this story, with its accent.`,
          suggestions: [accented],
        },
      });
  }
  return found;
}
