import { Editor, Node as SlateNodeApi, Transforms } from 'slate';
import type { Node as SlateNode } from 'slate';
import { readWire } from '../../shared/wire-intake';
import { pastedHtmlToBlocks, pastedTextToBlocks } from './paste';

function isEmpty(editor: Editor): boolean {
  return editor.children.length === 1 && SlateNodeApi.string(editor).trim() === '';
}

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
    let blocks = html ? pastedHtmlToBlocks(html) : pastedTextToBlocks(text);
    // A scraped wire story pasted into an empty story: its headline, byline and dateline go to
    // their fields; boilerplate stays in the body for the checker to flag.
    // (A wire story is a few pages; a megabyte of text is not one, and is not re-read.)
    if (
      !html &&
      editor.onWirePaste &&
      blocks.length >= 2 &&
      blocks.length <= 300 &&
      text.length <= 300_000 &&
      isEmpty(editor)
    ) {
      const wire = readWire(blocks.map((b) => SlateNodeApi.string(b)));
      if (wire.headline !== undefined || wire.dateline !== undefined) {
        editor.onWirePaste({
          ...(wire.headline !== undefined ? { headline: wire.headline } : {}),
          ...(wire.dateline !== undefined ? { dateline: wire.dateline } : {}),
          ...(wire.byline !== undefined ? { byline: wire.byline } : {}),
        });
        blocks = pastedTextToBlocks(wire.body.join('\n\n'));
      }
    }
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
