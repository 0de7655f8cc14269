import { createEditor, Editor, Transforms } from 'slate';
import type { Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { withStickyMarks } from '../../../renderer/editor/with-sticky-marks';

function editorWith(children: Descendant[]) {
  const editor = withStickyMarks(createEditor());
  editor.children = children;
  return editor;
}

const twoLeaves = (): Descendant[] =>
  [{ type: 'paragraph', children: [{ text: 'Oaklan ' }, { text: 'riders', bold: true }] }] as never;

describe('pending marks survive a re-read of the same caret', () => {
  it('keeps the note mark when the caret moves from the end of one leaf to the start of the next', () => {
    const editor = editorWith(twoLeaves());
    Transforms.select(editor, { path: [0, 0], offset: 7 });
    Editor.addMark(editor, 'note', true);
    expect(editor.marks).toEqual({ note: true });
    Transforms.select(editor, { path: [0, 1], offset: 0 });
    expect(editor.marks).toEqual({ note: true });
    Editor.insertText(editor, 'NOTE');
    const leaves = (editor.children[0] as unknown as { children: { text: string; note?: true }[] })
      .children;
    expect(leaves.find((l) => l.text.includes('NOTE'))?.note).toBe(true);
  });

  it('clears pending marks when the caret really moves, as Slate does', () => {
    const editor = editorWith(twoLeaves());
    Transforms.select(editor, { path: [0, 0], offset: 7 });
    Editor.addMark(editor, 'note', true);
    Transforms.select(editor, { path: [0, 0], offset: 2 });
    expect(editor.marks).toBeNull();
  });
});
