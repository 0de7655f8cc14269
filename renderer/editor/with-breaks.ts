import { Editor, Element as SlateElement, Node as SlateNode, Range } from 'slate';
import { StoryEditor } from './story-editor';

/**
 * Enter behaves as in a word processor: after a heading or pull quote the next block is a
 * paragraph, and Enter on an empty list item ends the list.
 */
export function withBreaks(editor: Editor): Editor {
  const { insertBreak } = editor;
  editor.insertBreak = () => {
    const { selection } = editor;
    const entry =
      selection && Range.isCollapsed(selection)
        ? Editor.above(editor, {
            match: (n) => SlateElement.isElement(n) && Editor.isBlock(editor, n),
          })
        : undefined;
    if (!entry) {
      insertBreak();
      return;
    }
    const [block, path] = entry as [SlateElement, number[]];
    if (block.type === 'list-item' && SlateNode.string(block) === '') {
      StoryEditor.toParagraph(editor);
      return;
    }
    if (
      (block.type === 'heading-one' ||
        block.type === 'heading-two' ||
        block.type === 'pull-quote') &&
      Editor.isEnd(editor, selection!.anchor, path)
    ) {
      insertBreak();
      StoryEditor.toParagraph(editor);
      return;
    }
    insertBreak();
  };
  return editor;
}
