import { Editor, Element as SlateElement, Range, Text, Transforms } from 'slate';
import type { Node as SlateNode } from 'slate';
import { LIST_TYPES, isSafeLinkUrl } from '../../shared/story';
import type { BlockType, ImageElement, ListType, StoryText } from '../../shared/story';
import { active, newMark } from './suggestion-edits';

/** The inline formats a run of text can carry. */
export type Mark = Exclude<keyof StoryText, 'text'>;

function isList(type: string): type is ListType {
  return (LIST_TYPES as ReadonlyArray<string>).includes(type);
}

/** Editing commands the toolbar, the shortcuts and autoformat share. */
export const StoryEditor = {
  isMarkActive(editor: Editor, mark: Mark): boolean {
    return Editor.marks(editor)?.[mark] === true;
  },

  toggleMark(editor: Editor, mark: Mark): void {
    if (StoryEditor.isMarkActive(editor, mark)) Editor.removeMark(editor, mark);
    else Editor.addMark(editor, mark, true);
  },

  /** The type of the block at the cursor: a list's type for list items. */
  currentBlockType(editor: Editor): BlockType | 'section-break' | 'image' | undefined {
    if (!editor.selection) return undefined;
    const list = Editor.above(editor, {
      match: (n) => SlateElement.isElement(n) && isList(n.type),
    });
    if (list) return (list[0] as { type: ListType }).type;
    const block = Editor.above(editor, {
      match: (n) =>
        SlateElement.isElement(n) && Editor.isBlock(editor, n) && n.type !== 'list-item',
    });
    const type = block ? (block[0] as { type: string }).type : undefined;
    return type as BlockType | undefined;
  },

  isBlockActive(editor: Editor, type: BlockType): boolean {
    return StoryEditor.currentBlockType(editor) === type;
  },

  /**
   * Switches the blocks in the selection to `type` (or back to paragraphs when they already
   * are), wrapping into or unwrapping from lists as needed.
   */
  toggleBlock(editor: Editor, type: BlockType): void {
    const active = StoryEditor.isBlockActive(editor, type);
    Editor.withoutNormalizing(editor, () => {
      Transforms.unwrapNodes(editor, {
        match: (n) => SlateElement.isElement(n) && isList(n.type),
        split: true,
      });
      const target = active ? 'paragraph' : isList(type) ? 'list-item' : type;
      Transforms.setNodes(
        editor,
        { type: target },
        {
          match: (n) =>
            SlateElement.isElement(n) &&
            Editor.isBlock(editor, n) &&
            n.type !== 'image' &&
            n.type !== 'section-break',
        },
      );
      if (!active && isList(type))
        Transforms.wrapNodes(editor, { type, children: [] } as SlateElement, {
          match: (n) => SlateElement.isElement(n) && n.type === 'list-item',
        });
    });
  },

  /** Turns the blocks in the selection back into plain paragraphs (lists are unwrapped). */
  toParagraph(editor: Editor): void {
    Editor.withoutNormalizing(editor, () => {
      Transforms.unwrapNodes(editor, {
        match: (n) => SlateElement.isElement(n) && isList(n.type),
        split: true,
      });
      Transforms.setNodes(
        editor,
        { type: 'paragraph' },
        {
          match: (n) =>
            SlateElement.isElement(n) &&
            Editor.isBlock(editor, n) &&
            n.type !== 'image' &&
            n.type !== 'section-break',
        },
      );
    });
  },

  /** The link at the cursor, if any. */
  activeLink(editor: Editor): { url: string } | undefined {
    const [match] = Editor.nodes(editor, {
      match: (n) => SlateElement.isElement(n) && n.type === 'link',
    });
    return match ? { url: (match[0] as { url: string }).url } : undefined;
  },

  /**
   * Links the selection (or updates the link at the cursor). Refuses anything but http,
   * https and mailto, returning the reason.
   */
  setLink(editor: Editor, rawUrl: string): string | undefined {
    let url = rawUrl.trim();
    if (/^[\w.-]+\.[a-z]{2,}(\/|$)/i.test(url)) url = `https://${url}`;
    if (/^[^\s@:/]+@[^\s@]+\.[a-z]{2,}$/i.test(url)) url = `mailto:${url}`;
    if (!isSafeLinkUrl(url))
      return 'Links must start with http://, https:// or mailto: (for example https://example.com).';
    if (StoryEditor.activeLink(editor)) {
      Transforms.setNodes(
        editor,
        { url },
        {
          match: (n) => SlateElement.isElement(n) && n.type === 'link',
        },
      );
      return undefined;
    }
    const { selection } = editor;
    if (!selection) return 'Put the cursor in the text first.';
    if (Range.isCollapsed(selection))
      Transforms.insertNodes(editor, {
        type: 'link',
        url,
        children: [{ text: rawUrl.trim() }],
      } as SlateNode);
    else
      Transforms.wrapNodes(editor, { type: 'link', url, children: [] } as SlateElement, {
        split: true,
      });
    return undefined;
  },

  removeLink(editor: Editor): void {
    Transforms.unwrapNodes(editor, {
      match: (n) => SlateElement.isElement(n) && n.type === 'link',
    });
  },

  /** Inserts a void block (image or section break) followed by an empty paragraph. */
  insertVoid(
    editor: Editor,
    node: ImageElement | { type: 'section-break'; children: [{ text: '' }] },
  ): void {
    // While suggesting, the picture and the paragraph after it are one suggested insertion:
    // rejecting it takes both away.
    const change = active(editor)
      ? { change: { ...newMark(editor), kind: 'insert' as const } }
      : {};
    Transforms.insertNodes(editor, [
      { ...node, ...change },
      { type: 'paragraph', children: [{ text: '' }], ...change },
    ] as SlateNode[]);
  },

  /** True when a node is a leaf carrying an editor's note. */
  isNote(node: SlateNode): boolean {
    return Text.isText(node) && node.note === true;
  },
};
