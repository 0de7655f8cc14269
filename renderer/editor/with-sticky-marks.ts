import { Node, Path, Range } from 'slate';
import type { BaseEditor, Point, Editor } from 'slate';

// A point as (block, character offset within the block), so that "end of one leaf" and "start
// of the next" compare equal: they are the same place between two characters.
function blockOffset(editor: Editor, point: Point): [number, number] | undefined {
  const [blockIndex] = point.path;
  if (blockIndex === undefined || !Node.has(editor, [blockIndex])) return undefined;
  let offset = 0;
  for (const [text, path] of Node.texts(Node.get(editor, [blockIndex]))) {
    const full = [blockIndex, ...path];
    if (Path.equals(full, point.path)) return [blockIndex, offset + point.offset];
    offset += text.text.length;
  }
  return undefined;
}

/** True when two collapsed selections are the same caret position in the text. */
export function sameCaret(editor: Editor, a: Range, b: Range): boolean {
  if (!Range.isCollapsed(a) || !Range.isCollapsed(b)) return false;
  const pa = blockOffset(editor, a.anchor);
  const pb = blockOffset(editor, b.anchor);
  return pa !== undefined && pb !== undefined && pa[0] === pb[0] && pa[1] === pb[1];
}

/**
 * Keeps pending marks (Bold, Editor's note… chosen with nothing selected) when the selection is
 * re-set to the same caret position. Slate clears `editor.marks` on every selection change, and
 * a re-render (proofing underlines arriving, for instance) makes slate-react re-read the DOM
 * caret, which can land on the neighbouring leaf: the next words were then typed without the
 * note mark the user had just turned on.
 */
export function withStickyMarks<T extends BaseEditor>(editor: T): T {
  const { apply } = editor;
  editor.apply = (op) => {
    const marks = editor.marks;
    const before = editor.selection;
    apply(op);
    const after = editor.selection;
    if (
      op.type === 'set_selection' &&
      marks &&
      editor.marks === null &&
      before &&
      after &&
      sameCaret(editor as unknown as Editor, before, after)
    )
      editor.marks = marks;
  };
  return editor;
}
