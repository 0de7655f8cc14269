import { describe, expect, it } from 'vitest';
import { compareContents, PARAGRAPH_MARK } from '../../../shared/history/compare';
import { contentOf } from '../../../shared/history/serialize';
import { storyWith } from '../../helpers/story-builders';

const compare = (a: ReturnType<typeof storyWith>, b: ReturnType<typeof storyWith>) =>
  compareContents(contentOf(a), contentOf(b));

describe('compareContents', () => {
  it('finds a one-word change inside one block, word by word', () => {
    const result = compare(
      storyWith(['The mayor spoke.', 'Residents in Oaklan cheered.']),
      storyWith(['The mayor spoke.', 'Residents in Oakland cheered.']),
    );
    expect(result.blocks[0]).toEqual({ kind: 'same', text: 'The mayor spoke.' });
    const changed = result.blocks[1];
    expect(changed?.kind).toBe('changed');
    if (changed?.kind !== 'changed') return;
    expect(changed.parts.filter((p) => p.type === 'removed').map((p) => p.text)).toEqual([
      'Oaklan',
    ]);
    expect(changed.parts.filter((p) => p.type === 'added').map((p) => p.text)).toEqual(['Oakland']);
    expect([result.wordsAdded, result.wordsRemoved]).toEqual([1, 1]);
    expect(result.meta).toEqual([]);
  });

  it('reports a moved paragraph as a move, not as new words', () => {
    const result = compare(
      storyWith(['First.', 'Second one.', 'Third one.']),
      storyWith(['Second one.', 'First.', 'Third one.']),
    );
    const kinds = result.blocks.map((b) => b.kind);
    expect(kinds).toContain('moved-away');
    expect(kinds).toContain('moved-here');
    expect([result.wordsAdded, result.wordsRemoved]).toEqual([0, 0]);
  });

  it('shows a split paragraph as one change with a paragraph mark', () => {
    const result = compare(
      storyWith(['One two three four.']),
      storyWith(['One two', 'three four.']),
    );
    const changed = result.blocks.find((b) => b.kind === 'changed');
    expect(changed?.kind).toBe('changed');
    if (changed?.kind !== 'changed') return;
    expect(changed.parts.some((p) => p.type === 'added' && p.text.includes(PARAGRAPH_MARK))).toBe(
      true,
    );
    expect(
      changed.parts
        .filter((p) => p.type === 'same')
        .map((p) => p.text)
        .join(''),
    ).toContain('One two');
  });

  it('shows joined paragraphs as one change removing the paragraph mark', () => {
    const result = compare(
      storyWith(['Alpha beta.', 'Gamma delta.', 'Tail.']),
      storyWith(['Alpha beta. Gamma delta.', 'Tail.']),
    );
    const changed = result.blocks.find((b) => b.kind === 'changed');
    if (changed?.kind !== 'changed') throw new Error('expected a changed block');
    expect(changed.parts.some((p) => p.type === 'removed' && p.text.includes(PARAGRAPH_MARK))).toBe(
      true,
    );
    expect(result.blocks[result.blocks.length - 1]).toEqual({ kind: 'same', text: 'Tail.' });
  });

  it('lists metadata-only changes field by field with an unchanged body', () => {
    const result = compare(
      storyWith(['Body.'], { headline: 'Old', status: 'draft', tags: ['a'] }),
      storyWith(['Body.'], { headline: 'New', status: 'ready', tags: ['a', 'b'] }),
    );
    expect(result.meta).toEqual([
      { field: 'headline', before: 'Old', after: 'New' },
      { field: 'tags', before: 'a', after: 'a, b' },
      { field: 'status', before: 'draft', after: 'ready' },
    ]);
    expect(result.blocks).toEqual([{ kind: 'same', text: 'Body.' }]);
  });

  it('counts added and removed whole blocks', () => {
    const result = compare(
      storyWith(['Keep.', 'Drop these three.']),
      storyWith(['Keep.', 'Add four new words.']),
    );
    expect(result.wordsAdded).toBe(4);
    expect(result.wordsRemoved).toBe(3);
  });

  it('flags a formatting-only change', () => {
    const a = storyWith(['x']);
    const b = {
      ...a,
      body: [{ type: 'paragraph' as const, children: [{ text: 'x', bold: true as const }] }],
    };
    const result = compare(a, b);
    expect(result.blocks).toEqual([
      { kind: 'changed', parts: [{ type: 'same', text: 'x' }], formatOnly: true },
    ]);
  });
});
