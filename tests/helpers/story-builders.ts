import { newStory } from '../../shared/story';
import type { Story, StoryBlock } from '../../shared/story';

/** A paragraph block. */
export function para(text: string): StoryBlock {
  return { type: 'paragraph', children: [{ text }] };
}

/** A story with the given paragraphs and optional metadata. */
export function storyWith(paragraphs: ReadonlyArray<string>, fields: Partial<Story> = {}): Story {
  return newStory('test01-story', new Date('2026-03-01T12:00:00Z'), {
    headline: 'Test story',
    body: paragraphs.map(para),
    ...fields,
  });
}

const WORDS =
  'council budget vote residents school district transit ferry harbor police report mayor hearing permit housing water bridge library park election'.split(
    ' ',
  );

/** A deterministic story of about `words` words in paragraphs of about 100 words. */
export function longStory(words: number, seed = 1): Story {
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
  const paragraphs: string[] = [];
  let remaining = words;
  while (remaining > 0) {
    const size = Math.min(remaining, 80 + (next() % 40));
    const list: string[] = [];
    for (let i = 0; i < size; i++) list.push(WORDS[next() % WORDS.length]!);
    paragraphs.push(`${list.join(' ')}.`);
    remaining -= size;
  }
  return storyWith(paragraphs);
}
