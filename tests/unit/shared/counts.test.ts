import { describe, expect, it } from 'vitest';
import { budgetState, countBody, describeBudget } from '../../../shared/counts';
import type { StoryBlock } from '../../../shared/story';

describe('counts', () => {
  const body: StoryBlock[] = [
    {
      type: 'paragraph',
      children: [
        { text: 'Five words in this ' },
        { text: 'CHECK SPELLING OF NAME', note: true },
        { text: 'paragraph.' },
      ],
    },
    {
      type: 'bulleted-list',
      children: [
        { type: 'list-item', children: [{ text: 'one' }] },
        { type: 'list-item', children: [{ text: 'two' }] },
      ],
    },
    {
      type: 'paragraph',
      children: [
        { text: 'See ' },
        { type: 'link', url: 'https://example.org', children: [{ text: 'the report' }] },
      ],
    },
    { type: 'section-break', children: [{ text: '' }] },
    {
      type: 'image',
      src: 'https://example.org/a.jpg',
      alt: 'x',
      caption: 'Mayor speaks',
      credit: 'AP',
      children: [{ text: '' }],
    },
  ];

  it('counts words and characters without editor’s notes, across lists, links and captions', () => {
    const counts = countBody(body);
    expect(counts.words).toBe(5 + 2 + 3 + 3);
    expect(counts.characters).toBe(
      'Five words in this paragraph.'.length +
        'one\ntwo'.length +
        'See the report'.length +
        'Mayor speaks AP'.length,
    );
  });

  it('estimates reading time at 250 words a minute', () => {
    const long: StoryBlock[] = [{ type: 'paragraph', children: [{ text: 'word '.repeat(1000) }] }];
    expect(countBody(long).readingMinutes).toBe(4);
    expect(countBody([{ type: 'paragraph', children: [{ text: '' }] }]).readingMinutes).toBe(0);
  });

  it('says under, on or over budget, by how many words', () => {
    expect(describeBudget(budgetState(412, 450))).toBe('38 words under budget');
    expect(describeBudget(budgetState(455, 450))).toBe('On budget');
    expect(describeBudget(budgetState(501, 450))).toBe('51 words over budget');
    expect(budgetState(300, 0)).toEqual({ kind: 'none' });
  });
});
