import { describe, expect, it } from 'vitest';
import { slugify } from '../../../shared/slug';
import { countBodyWords, countWords } from '../../../shared/word-count';

describe('countWords', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['One', 1],
    ['The co-op’s board met in the U.S. on Tuesday.', 9],
    ['Prices rose 3.5 percent — a record.', 6],
    ['don’t stop – ever', 3],
    ['Émilie Côté a parlé', 4],
  ])('counts %j as %i words', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });

  it('counts across blocks', () => {
    expect(
      countBodyWords([
        { type: 'paragraph', children: [{ text: 'Two ' }, { text: 'words', bold: true }] },
        { type: 'heading-one', children: [{ text: 'And three more' }] },
      ]),
    ).toBe(5);
  });
});

describe('slugify', () => {
  it.each([
    ['Council Approves $4.2M Budget', 'council-approves-4-2m-budget'],
    ['Café owner’s “big” day', 'cafe-owners-big-day'],
    ['   ', ''],
  ])('%j becomes %j', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('cuts long slugs at a word boundary', () => {
    const slug = slugify('word '.repeat(40), 30);
    expect(slug.length).toBeLessThanOrEqual(30);
    expect(slug.endsWith('-')).toBe(false);
  });
});
