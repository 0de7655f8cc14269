import { Editor, Transforms } from 'slate';
import type { Node as SlateNode } from 'slate';
import { pastedHtmlToBlocks, pastedTextToBlocks } from './paste';

/**
 * Clean paste: HTML is sanitized and mapped onto the story schema, plain text is split into
 * paragraphs; Slate's own fragment format (copy within Galley) is kept as is. Everything is
 * inserted in one operation batch, so one undo removes the whole paste.
 */
export function withPaste(editor: Editor): Editor {
  const { insertData } = editor;
  editor.insertData = (data) => {
    if (data.types.includes('application/x-slate-fragment')) {
      insertData(data);
      return;
    }
    const html = data.getData('text/html');
    const text = data.getData('text/plain');
    const blocks = html ? pastedHtmlToBlocks(html) : pastedTextToBlocks(text);
    if (blocks.length === 0) {
      if (text) Editor.insertText(editor, text.replace(/\s+/g, ' '));
      return;
    }
    Editor.withoutNormalizing(editor, () => {
      if (blocks.length === 1 && blocks[0]!.type === 'paragraph')
        Transforms.insertNodes(editor, blocks[0]!.children as SlateNode[]);
      else Transforms.insertFragment(editor, blocks as SlateNode[]);
    });
  };
  return editor;
}
