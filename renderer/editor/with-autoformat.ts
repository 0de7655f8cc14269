import { Editor, Element as SlateElement, Range, Transforms } from 'slate';
import type { BlockType } from '../../shared/story';
import { StoryEditor } from './story-editor';

/** Markdown-style prefixes that turn a block into another type when followed by a space. */
export const AUTOFORMAT_RULES: ReadonlyArray<{
  readonly prefix: string;
  readonly type: BlockType | 'section-break';
}> = [
  { prefix: '#', type: 'heading-one' },
  { prefix: '##', type: 'heading-one' },
  { prefix: '###', type: 'heading-two' },
  { prefix: '>', type: 'blockquote' },
  { prefix: '"', type: 'pull-quote' },
  { prefix: '-', type: 'bulleted-list' },
  { prefix: '*', type: 'bulleted-list' },
  { prefix: '1.', type: 'numbered-list' },
  { prefix: '---', type: 'section-break' },
];

/** Finds the rule for the text typed so far at the start of a paragraph. */
export function autoformatRule(beforeCursor: string): BlockType | 'section-break' | undefined {
  return AUTOFORMAT_RULES.find((rule) => rule.prefix === beforeCursor)?.type;
}

/**
 * Markdown-style autoformat: typing `## `, `> `, `- `, `1. ` (and a few more) at the start of
 * a paragraph changes its type. Undo brings the typed characters back.
 */
export function withAutoformat(editor: Editor): Editor {
  const { insertText } = editor;
  editor.insertText = (text) => {
    const { selection } = editor;
    if (text === ' ' && selection && Range.isCollapsed(selection)) {
      const block = Editor.above(editor, {
        match: (n) => SlateElement.isElement(n) && Editor.isBlock(editor, n),
      });
      if (block && (block[0] as SlateElement).type === 'paragraph') {
        const start = Editor.start(editor, block[1]);
        const before = Editor.string(editor, { anchor: start, focus: selection.anchor });
        const type = autoformatRule(before);
        if (type) {
          Transforms.select(editor, { anchor: start, focus: selection.anchor });
          Transforms.delete(editor);
          if (type === 'section-break') {
            Transforms.setNodes(editor, { type: 'section-break' });
            Transforms.insertNodes(editor, {
              type: 'paragraph',
              children: [{ text: '' }],
            } as SlateElement);
          } else StoryEditor.toggleBlock(editor, type);
          return;
        }
      }
    }
    insertText(text);
  };
  return editor;
}
