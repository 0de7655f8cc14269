import type { StoryBlock } from './story';
import { blockText } from './story';
import { countWords } from './word-count';

/** Reading speed used for the reading-time estimate, in words per minute. */
export const WORDS_PER_MINUTE = 250;

/** Counts for the status bar; editor's notes excluded. */
export interface BodyCounts {
  readonly words: number;
  readonly characters: number;
  readonly readingMinutes: number;
}

/** Where a story stands against its assigned length. */
export type BudgetState =
  | { readonly kind: 'none' }
  | { readonly kind: 'under'; readonly by: number }
  | { readonly kind: 'on' }
  | { readonly kind: 'over'; readonly by: number };

/** Counts words, characters and reading time of a body, leaving notes out. */
// Editors keep unchanged blocks as the same objects between keystrokes, so counts are cached
// per block: typing in a 100,000-word story recounts one paragraph, not all of them.
const blockCounts = new WeakMap<StoryBlock, { words: number; characters: number }>();

function countBlock(block: StoryBlock): { words: number; characters: number } {
  let counts = blockCounts.get(block);
  if (!counts) {
    const text = blockText(block);
    let characters = 0;
    for (const _ of text) characters++;
    counts = { words: countWords(text), characters };
    blockCounts.set(block, counts);
  }
  return counts;
}

export function countBody(body: ReadonlyArray<StoryBlock>): BodyCounts {
  let words = 0;
  let characters = 0;
  for (const block of body) {
    const counts = countBlock(block);
    words += counts.words;
    characters += counts.characters;
  }
  return {
    words,
    characters,
    readingMinutes: words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
  };
}

/**
 * Compares a word count with the budget. Within 2% counts as "on budget",
 * the tolerance a copy desk allows when fitting copy.
 */
export function budgetState(words: number, budget: number): BudgetState {
  if (budget <= 0) return { kind: 'none' };
  const tolerance = Math.round(budget * 0.02);
  if (Math.abs(words - budget) <= tolerance) return { kind: 'on' };
  return words < budget
    ? { kind: 'under', by: budget - words }
    : { kind: 'over', by: words - budget };
}

/** The budget indicator's words, e.g. "38 words over budget". */
export function describeBudget(state: BudgetState): string {
  switch (state.kind) {
    case 'none':
      return 'No word budget';
    case 'on':
      return 'On budget';
    case 'under':
      return `${state.by.toLocaleString('en-US')} ${state.by === 1 ? 'word' : 'words'} under budget`;
    case 'over':
      return `${state.by.toLocaleString('en-US')} ${state.by === 1 ? 'word' : 'words'} over budget`;
  }
}
