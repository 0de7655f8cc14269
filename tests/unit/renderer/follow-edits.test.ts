import { createEditor, Editor, Transforms } from 'slate';
import type { Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { followEdit, followFindings } from '../../../renderer/proofing/follow-edits';
import type { TrackedFinding } from '../../../renderer/proofing/follow-edits';
import { rangeIn } from '../../../renderer/proofing/proof-targets';
import { placeFindings, releaseRefs } from '../../../renderer/proofing/use-proofing';
import { newStory } from '../../../shared/story';

describe('followEdit: where a finding stands after an edit', () => {
  const checked = 'Riders in Oaklan waited.';
  const start = checked.indexOf('Oaklan');
  const end = start + 'Oaklan'.length;

  it('keeps the span when the edit is elsewhere, shifted by what was typed before it', () => {
    expect(followEdit(checked, checked, start, end)).toBe(0);
    expect(followEdit(checked, 'Riders in Oaklan waited long.', start, end)).toBe(0);
    expect(followEdit(checked, 'Many riders in Oaklan waited.', start, end)).toBe(5);
    expect(followEdit(checked, 'Riders in Oaklan, Calif., waited.', start, end)).toBe(0);
    expect(followEdit(checked, 'Riders  in Oaklan waited.', start, end)).toBe(1);
  });

  it('drops the span when the word itself was edited or grew', () => {
    expect(followEdit(checked, 'Riders in Oakland waited.', start, end)).toBeUndefined();
    expect(followEdit(checked, 'Riders in Oaklan’s waited.', start, end)).toBeUndefined();
    expect(followEdit(checked, 'Riders in WOaklan waited.', start, end)).toBeUndefined();
    expect(followEdit(checked, 'Riders in Oklan waited.', start, end)).toBeUndefined();
    expect(followEdit(checked, 'Riders waited.', start, end)).toBeUndefined();
  });

  it('drops a half-typed word when the rest of it is typed', () => {
    expect(followEdit('stru', 'struck', 0, 4)).toBeUndefined();
    expect(followEdit('stru', 'stru ck', 0, 4)).toBe(0);
    expect(followEdit('He said stru', 'He said struck', 8, 12)).toBeUndefined();
  });

  it('keeps a compound part when only the rest of the compound changes', () => {
    const compound = 'the Oaklan-based provider';
    expect(followEdit(compound, 'the Oaklan-area provider', 4, 10)).toBe(0);
  });
});

describe('followFindings: underlines move with the text', () => {
  const paragraph = (text: string): Descendant =>
    ({ type: 'paragraph', children: [{ text }] }) as never;

  function setup() {
    const editor = createEditor();
    editor.children = [paragraph('First line.'), paragraph('Riders in Oaklan waited.')];
    const path = [1];
    const checked = 'Riders in Oaklan waited.';
    const tracked: TrackedFinding = {
      id: 'body:1:10:place',
      target: { kind: 'body', path },
      finding: {
        kind: 'place',
        text: 'Oaklan',
        start: 10,
        end: 16,
        message: '“Oaklan” may be Oakland.',
        suggestions: ['Oakland'],
      } as never,
      checked,
      rawStart: 10,
      rawEnd: 16,
      block: Editor.pathRef(editor, path),
      range: rangeIn(editor, path, 10, 16),
    };
    return { editor, tracked };
  }

  it('keeps an untouched finding as the same object', () => {
    const { editor, tracked } = setup();
    const story = newStory('s', new Date());
    expect(followFindings(editor, story, [tracked])[0]).toBe(tracked);
  });

  it('moves the underline with a paragraph added above and text typed before it', () => {
    const { editor, tracked } = setup();
    Transforms.insertNodes(editor, paragraph('New top.'), { at: [0] });
    Transforms.insertText(editor, 'All ', { at: { path: [2, 0], offset: 0 } });
    const [moved] = followFindings(editor, newStory('s', new Date()), [tracked]);
    expect(moved?.target).toEqual({ kind: 'body', path: [2] });
    expect(Editor.string(editor, moved!.range!)).toBe('Oaklan');
  });

  it('drops the underline as soon as the word is changed, and when its paragraph goes', () => {
    const { editor, tracked } = setup();
    Transforms.insertText(editor, 'd', { at: { path: [1, 0], offset: 16 } });
    expect(followFindings(editor, newStory('s', new Date()), [tracked])).toEqual([]);
    const second = setup();
    Transforms.removeNodes(second.editor, { at: [1] });
    expect(followFindings(second.editor, newStory('s', new Date()), [second.tracked])).toEqual([]);
  });

  it('moves a headline finding with the headline text', () => {
    const editor = createEditor();
    const field: TrackedFinding = {
      id: 'headline:0:spelling',
      target: { kind: 'field', field: 'headline' },
      finding: {
        kind: 'spelling',
        text: 'Comuters',
        start: 0,
        end: 8,
        message: '',
        suggestions: ['Commuters'],
      } as never,
      checked: 'Comuters wait',
      rawStart: 0,
      rawEnd: 8,
    };
    const moved = followFindings(
      editor,
      newStory('s', new Date(), { headline: 'Bay Comuters wait' }),
      [field],
    );
    expect(moved[0]?.finding).toMatchObject({ start: 4, end: 12 });
    expect(
      followFindings(editor, newStory('s', new Date(), { headline: 'Commuters wait' }), [field]),
    ).toEqual([]);
  });
});

describe('placing a check’s results', () => {
  it('follows only the blocks that have findings, and lets them go', () => {
    const editor = createEditor();
    editor.children = ['Quiet line.', 'Riders in Oaklan waited.', 'Another quiet line.'].map(
      (text) => ({ type: 'paragraph', children: [{ text }] }) as never,
    );
    const blocks = [0, 1, 2].map((i) => ({
      target: { kind: 'body' as const, path: [i] },
      text: Editor.string(editor, [i]),
      raw: Editor.string(editor, [i]),
    }));
    const oaklan = {
      start: 10,
      end: 16,
      text: 'Oaklan',
      kind: 'name' as const,
      message: '',
      suggestions: ['Oakland'],
    };
    const empty = { findings: [], hints: [] };
    const tracked = placeFindings(editor, blocks, [
      empty,
      { findings: [oaklan], hints: [] },
      empty,
    ]);
    expect(tracked).toHaveLength(1);
    expect(Editor.pathRefs(editor).size).toBe(1);
    releaseRefs(tracked);
    expect(Editor.pathRefs(editor).size).toBe(0);
  });
});
