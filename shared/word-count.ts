import type { StoryBlock } from './story';
import { blockText } from './story';

// A word is a run of letters or digits, allowing inner apostrophes, hyphens and periods
// ("don't", "well-known", "3.5", "U.S."); a lone dash or bullet is not a word.
const WORD = /[\p{L}\p{N}]+(?:['’.\-‐–][\p{L}\p{N}]+)*/gu;

/** Counts words the way a copy desk does: "co-op" and "3.5" are one word each. */
export function countWords(text: string): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) count++;
  return count;
}

/** Counts the words of a whole body. */
export function countBodyWords(body: ReadonlyArray<StoryBlock>): number {
  let total = 0;
  for (const block of body) total += countWords(blockText(block));
  return total;
}
