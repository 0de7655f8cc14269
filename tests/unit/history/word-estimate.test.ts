import { describe, expect, it } from 'vitest';
import { estimateWordChanges } from '../../../shared/history/compare';
import { contentOf, serializeContent } from '../../../shared/history/serialize';
import { WordBag } from '../../../shared/history/word-bag';
import { rewriteStory } from '../../helpers/rewrite';
import { newsLikeStory, storyWith } from '../../helpers/story-builders';

const estimate = (a: string[], b: string[]) =>
  estimateWordChanges(contentOf(storyWith(a)), contentOf(storyWith(b)));

// The same estimate with strings in a Map: what the hashed bag must agree with.
function reference(a: string[], b: string[]): { wordsAdded: number; wordsRemoved: number } {
  const left = [...a];
  const added: string[] = [];
  for (const text of b) {
    const k = left.indexOf(text);
    if (k >= 0) left.splice(k, 1);
    else added.push(text);
  }
  const bag = new Map<string, number>();
  for (const w of added.join(' ').match(/[^\s¶]+/g) ?? []) bag.set(w, (bag.get(w) ?? 0) + 1);
  let removed = 0;
  for (const w of left.join(' ').match(/[^\s¶]+/g) ?? []) {
    const n = bag.get(w) ?? 0;
    if (n > 0) bag.set(w, n - 1);
    else removed++;
  }
  return { wordsAdded: [...bag.values()].reduce((x, y) => x + y, 0), wordsRemoved: removed };
}

describe('estimateWordChanges', () => {
  it('counts words added and removed in changed paragraphs', () => {
    expect(estimate(['the cat sat', 'on the mat'], ['the cat sat down', 'on a mat'])).toEqual({
      wordsAdded: 2,
      wordsRemoved: 1,
    });
  });

  it('counts nothing for paragraphs broken up or joined with the same words', () => {
    expect(
      estimate(
        ['Fire crews held the line. Winds eased overnight.'],
        ['Fire crews held the line.', 'Winds eased overnight.'],
      ),
    ).toEqual({ wordsAdded: 0, wordsRemoved: 0 });
  });

  it('splits words at no-break and thin spaces as well as ordinary ones', () => {
    expect(estimate(['a\u00a0b c'], ['a b\u2009c'])).toEqual({ wordsAdded: 0, wordsRemoved: 0 });
  });

  it('agrees with a plain map of words on generated stories and rewrites', () => {
    for (const seed of [3, 11, 42]) {
      const story = newsLikeStory(2_000 + seed * 50);
      const texts = (s: typeof story) =>
        s.body.map((b) =>
          'children' in b ? b.children.map((c) => ('text' in c ? c.text : '')).join('') : '',
        );
      const rewritten = rewriteStory(story, seed);
      const a = texts(story);
      const b = texts(rewritten);
      expect(estimate(a, b)).toEqual(reference(a, b));
    }
  });
});

describe('estimateWordChanges with the canonical texts', () => {
  it('gives the same counts as without them, and ignores texts that do not line up', () => {
    const a = contentOf(newsLikeStory(2_500));
    const rewritten = contentOf(rewriteStory(newsLikeStory(2_500), 9));
    const b = { ...rewritten, body: [...a.body.slice(0, 4), ...rewritten.body.slice(4)] };
    const plain = estimateWordChanges(a, b);
    expect(plain.wordsAdded + plain.wordsRemoved).toBeGreaterThan(0);
    const texts = { a: serializeContent(a), b: serializeContent(b) };
    expect(estimateWordChanges(a, b, texts)).toEqual(plain);
    expect(estimateWordChanges(a, b, { a: texts.a, b: '' })).toEqual(plain);
  });
});

describe('WordBag', () => {
  it('grows past its first size without losing counts', () => {
    const bag = new WordBag(1);
    const words = Array.from({ length: 500 }, (_, i) => `w${i}`).join(' ');
    expect(bag.addAll(words)).toBe(500);
    expect(bag.takeAll(words)).toBe(0);
    expect(bag.taken).toBe(500);
    expect(bag.takeAll('w1')).toBe(1);
  });
});
