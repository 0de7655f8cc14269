import { Editor, Range } from 'slate';

/** Chooses the typographic form of a straight quote from the character before it. */
export function curlyQuote(quote: '"' | "'", previous: string): string {
  const opening = previous === '' || /[\s([{\u2014\u2013-]/.test(previous);
  if (quote === '"') return opening ? '\u201c' : '\u201d';
  return opening ? '\u2018' : '\u2019';
}

/**
 * Typographic quotes as you type, when `enabled()` says so: "straight" becomes “curly” and
 * it's becomes it’s. A leading apostrophe ('90s) becomes an opening quote; the copy desk
 * fixes those by hand, as in every editor.
 */
export function withSmartQuotes(editor: Editor, enabled: () => boolean): Editor {
  const { insertText } = editor;
  editor.insertText = (text) => {
    const { selection } = editor;
    if (enabled() && (text === '"' || text === "'") && selection && Range.isCollapsed(selection)) {
      const before = Editor.before(editor, selection.anchor, { unit: 'character' });
      const previous = before
        ? Editor.string(editor, { anchor: before, focus: selection.anchor })
        : '';
      insertText(curlyQuote(text, previous));
      return;
    }
    insertText(text);
  };
  return editor;
}
