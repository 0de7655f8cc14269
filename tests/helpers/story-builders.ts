import { newStory, nodeText } from '../../shared/story';
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

const SYLLABLES =
  'ba be bi bo da de di do fa fe la le li lo ma me mi mo na ne ni no ra re ri ro sa se si so ta te ti to va ve vi ker man son ton ley ville dale ford'.split(
    ' ',
  );
const COMMON =
  'the of and to a in that is was he for it with as his on be at by had are but from or have an they which one you were all we her she there would their will when who him been has more if no out so said what up its about into than them can only other new some could time these two may then do first any my now such like our over man me even most made after also did many before must through back years where much your way well down should because each just those people how too little state good very make world still own see men work long get here between both life being under never day same another know while last might us great old year off come since against go came right used take three'.split(
    ' ',
  );

/**
 * A story whose words vary like real copy (a large vocabulary, names, numbers, punctuation),
 * so compression and diff figures are not flattered by a tiny vocabulary.
 */
export function newsLikeStory(words: number, seed = 7): Story {
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
  const invented = (): string => {
    const n = 1 + (next() % 3);
    let word = '';
    for (let i = 0; i < n; i++) word += SYLLABLES[next() % SYLLABLES.length];
    return word;
  };
  const word = (): string => {
    const r = next() % 100;
    if (r < 55) return COMMON[next() % COMMON.length]!;
    if (r < 90) return invented();
    if (r < 96) return invented().replace(/^./, (c) => c.toUpperCase());
    return String(next() % 10_000);
  };
  const paragraphs: string[] = [];
  let remaining = words;
  while (remaining > 0) {
    const size = Math.min(remaining, 30 + (next() % 50));
    const list: string[] = [];
    for (let i = 0; i < size; i++) list.push(word() + (next() % 12 === 0 ? ',' : ''));
    const text = list.join(' ');
    paragraphs.push(`${text.charAt(0).toUpperCase()}${text.slice(1)}.`);
    remaining -= size;
  }
  return storyWith(paragraphs);
}

/** A copy of a block as a paragraph with `suffix` appended to its text. */
export function appendToBlock(block: StoryBlock, suffix: string): StoryBlock {
  return para(`${nodeText(block, true)}${suffix}`);
}
