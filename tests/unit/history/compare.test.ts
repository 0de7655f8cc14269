import { describe, expect, it } from 'vitest';
import { compareContents, PARAGRAPH_MARK } from '../../../shared/history/compare';
import { contentOf, serializeContent } from '../../../shared/history/serialize';
import { rewriteStory } from '../../helpers/rewrite';
import { newsLikeStory, para, storyWith } from '../../helpers/story-builders';

const meta = contentOf(storyWith([]));

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

describe('word-level comparison, bounded', () => {
  const words = ['the', 'pier', 'closed', 'Monday', 'Oakland', 'ferry', 'riders', ',', 'a', ''];
  const sentence = (seed: number, n: number): string => {
    let state = seed;
    const out: string[] = [];
    for (let i = 0; i < n; i++) {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      out.push(words[state % words.length]!);
    }
    return out.join(' ');
  };
  const rebuild = (
    parts: ReadonlyArray<{ type: string; text: string }>,
    side: 'before' | 'after',
  ) =>
    parts
      .filter((p) => p.type === 'same' || p.type === (side === 'before' ? 'removed' : 'added'))
      .map((p) => p.text)
      .join('');

  it('always rebuilds both texts exactly from its parts (300 random pairs)', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const before = sentence(seed, 1 + (seed % 17));
      const after = sentence(seed * 31 + 7, 1 + ((seed * 3) % 19));
      const result = compareContents(
        { ...meta, body: [para(before)] },
        { ...meta, body: [para(after)] },
      );
      for (const block of result.blocks) {
        if (block.kind !== 'changed') continue;
        expect(rebuild(block.parts, 'before')).toBe(before);
        expect(rebuild(block.parts, 'after')).toBe(after);
      }
    }
  });

  it('gives a coarser but exact answer when the budget runs out', () => {
    const before = sentence(5, 3000);
    const after = sentence(9, 3000);
    const result = compareContents(
      { ...meta, body: [para(before)] },
      { ...meta, body: [para(after)] },
      { budgetMs: 0, maxEditLength: 10 },
    );
    const block = result.blocks[0]!;
    expect(block.kind).toBe('changed');
    if (block.kind !== 'changed') return;
    expect(rebuild(block.parts, 'before')).toBe(before);
    expect(rebuild(block.parts, 'after')).toBe(after);
  });

  it('diffs a paragraph-sized change word by word even with no budget left', () => {
    const result = compareContents(
      { ...meta, body: [para('Riders in Oaklan waited for the ferry.')] },
      { ...meta, body: [para('Riders in Oakland waited for the ferry. Again.')] },
      { budgetMs: 0, maxEditLength: 1 },
    );
    expect([result.wordsAdded, result.wordsRemoved]).toEqual([2, 1]);
  });

  it('aligns a rewrite of a 20,000-word story with new paragraph breaks quickly and exactly', () => {
    const story = newsLikeStory(20_000);
    const rewritten = rewriteStory(story, 3);
    const start = Date.now();
    const result = compareContents(contentOf(story), contentOf(rewritten));
    // Generous: the bench measures speed; this only proves the diff is bounded, not seconds.
    expect(Date.now() - start).toBeLessThan(2_000);
    expect(result.wordsAdded).toBeGreaterThan(0);
  });

  it('compares the same with or without the stored canonical texts', () => {
    const a = contentOf(newsLikeStory(3_000));
    const rewritten = contentOf(rewriteStory(newsLikeStory(3_000), 5));
    const b = { ...rewritten, body: [...a.body.slice(0, 5), ...rewritten.body.slice(5)] };
    const lines = { a: serializeContent(a), b: serializeContent(b) };
    // Limits no busy machine reaches, so both runs do the same exact comparison.
    const exact = { budgetMs: 60_000, maxEditLength: 1_000_000 };
    const plain = compareContents(a, b, exact);
    expect(compareContents(a, b, exact, lines)).toEqual(plain);
    // Texts that do not line up with the bodies are ignored, not trusted.
    expect(compareContents(a, b, exact, { a: '', b: lines.b })).toEqual(plain);
  });
});
