import { useLayoutEffect, useRef } from 'react';
import { Range, Transforms } from 'slate';
import type { BaseRange, Descendant } from 'slate';
import { ReactEditor, useSlate } from 'slate-react';

/**
 * Keeps a selection the user just made when a render lands before slate-react has read it.
 * The page tells of a new selection (Shift+Home, a drag) only in a later task; a render in
 * between (a check's answer, a save's status) has slate-react put its older selection back
 * on the page, and the words just selected are not the ones the next keystroke replaces.
 * Rendered just before <Editable>, so its layout effect runs before slate-react's: when
 * neither the text nor the editor's selection has changed since the last render, a
 * different selection on the page can only be the user's, and the editor takes it. (A
 * selection the editor moved itself, from a command or typing, is left for slate-react to
 * draw.)
 */
export function SelectionGuard(): null {
  const editor = useSlate();
  const last = useRef<{ children: Descendant[]; selection: BaseRange | null } | null>(null);
  const taken = useRef<BaseRange | null>(null);
  // Read while rendering, before this render's commit redraws the text under the selection.
  taken.current = null;
  const seen = last.current;
  if (
    seen !== null &&
    seen.children === editor.children &&
    seen.selection === editor.selection &&
    !ReactEditor.isComposing(editor)
  ) {
    const dom = window.getSelection();
    if (dom && dom.rangeCount > 0 && dom.anchorNode && dom.focusNode) {
      const inside =
        ReactEditor.hasDOMNode(editor, dom.anchorNode, { editable: true }) &&
        ReactEditor.hasDOMNode(editor, dom.focusNode, { editable: true });
      const range = inside
        ? ReactEditor.toSlateRange(editor, dom, { exactMatch: false, suppressThrow: true })
        : null;
      if (range && !(editor.selection && Range.equals(range, editor.selection)))
        taken.current = range;
    }
  }
  useLayoutEffect(() => {
    if (taken.current) Transforms.select(editor, taken.current);
    taken.current = null;
    last.current = { children: editor.children, selection: editor.selection };
  });
  return null;
}
