import { useEffect } from 'react';
import type { Editor } from 'slate';
import { ReactEditor } from 'slate-react';
import { takeDomSelection } from './take-dom-selection';

/**
 * Keeps the editor's selection the one on the page as soon as the page's changes. slate-react
 * reads the page's selection up to 100 ms late, and any render in that moment (a save's
 * status, a check's answer, the comment margin laid out again) puts its old selection back
 * on the page: words just selected would lose their selection before a shortcut acts on them.
 */
export function useFreshSelection(editor: Editor): void {
  useEffect(() => {
    const follow = (): void => {
      // An input method's composition owns the selection until it ends.
      if (ReactEditor.isComposing(editor as ReactEditor)) return;
      takeDomSelection(editor);
    };
    document.addEventListener('selectionchange', follow);
    return () => document.removeEventListener('selectionchange', follow);
  }, [editor]);
}
