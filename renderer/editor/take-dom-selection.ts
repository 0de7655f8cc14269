import { Range, Transforms } from 'slate';
import type { Editor } from 'slate';
import { ReactEditor } from 'slate-react';

/**
 * Makes the editor's selection the one the user sees. slate-react reads the page's selection
 * a moment after it changes, so a command run at once (a shortcut right after a click or a
 * drag, or while a check's answer redraws the text) would act on the old one.
 */
export function takeDomSelection(editor: Editor): void {
  const dom = window.getSelection();
  if (!dom || dom.rangeCount === 0) return;
  // Only a selection inside this editor: a caret in the headline field is not the body's.
  if (!dom.anchorNode || !ReactEditor.hasDOMNode(editor as ReactEditor, dom.anchorNode)) return;
  const range = ReactEditor.toSlateRange(editor as ReactEditor, dom, {
    exactMatch: false,
    suppressThrow: true,
  });
  if (range && (!editor.selection || !Range.equals(range, editor.selection)))
    Transforms.select(editor, range);
}
