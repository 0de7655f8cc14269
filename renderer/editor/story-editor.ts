import { Editor, Element as SlateElement, Node as SlateNode, Range, Text, Transforms } from 'slate';
import type { Path } from 'slate';
import { LIST_TYPES, isSafeLinkUrl } from '../../shared/story';
import type { SuggestionMark } from '../../shared/review/marks';
import type { BlockType, ImageElement, LinkElement, ListType, StoryText } from '../../shared/story';
import { active, isMine, newMark } from './suggestion-edits';

/** The inline formats a run of text can carry. */
export type Mark = Exclude<keyof StoryText, 'text'>;

function isList(type: string): type is ListType {
  return (LIST_TYPES as ReadonlyArray<string>).includes(type);
}

function linkAtCursor(editor: Editor): [LinkElement, Path] | undefined {
  const [match] = Editor.nodes(editor, {
    match: (n) => SlateElement.isElement(n) && n.type === 'link',
  });
  return match as [LinkElement, Path] | undefined;
}

function toggle(editor: Editor, type: BlockType, isActive: boolean): void {
  Editor.withoutNormalizing(editor, () => {
    Transforms.unwrapNodes(editor, {
      match: (n) => SlateElement.isElement(n) && isList(n.type),
      split: true,
    });
    const target = isActive ? 'paragraph' : isList(type) ? 'list-item' : type;
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
    if (!isActive && isList(type))
      Transforms.wrapNodes(editor, { type, children: [] } as SlateElement, {
        match: (n) => SlateElement.isElement(n) && n.type === 'list-item',
      });
  });
}

function toParagraphs(editor: Editor): void {
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
}

/**
 * Runs a block change; while suggesting, list items that leave their kind of list (made a
 * paragraph, or a bulleted list made numbered) remember it, so rejecting puts them back.
 */
function rememberLists(editor: Editor, change: () => void): void {
  if (!active(editor)) {
    change();
    return;
  }
  const items = Array.from(
    Editor.nodes(editor, { match: (n) => SlateElement.isElement(n) && n.type === 'list-item' }),
  ).map(([, path]) => ({
    ref: Editor.pathRef(editor, path),
    list: (SlateNode.parent(editor, path) as SlateElement).type as ListType,
  }));
  change();
  let mark: SuggestionMark | undefined;
  for (const { ref, list } of items) {
    const path = ref.unref();
    if (!path || !SlateNode.has(editor, path)) continue;
    const node = SlateNode.get(editor, path) as SlateElement;
    const parent = path.length > 1 ? (SlateNode.parent(editor, path) as SlateElement) : undefined;
    if (parent?.type === list) continue;
    const existing = node.change;
    if (existing?.kind === 'type' && existing.oldType === 'list-item' && !existing.oldList)
      Transforms.setNodes(editor, { change: { ...existing, oldList: list } }, { at: path });
    else if (!existing && node.type === 'list-item')
      Transforms.setNodes(
        editor,
        {
          change: {
            ...(mark ??= newMark(editor)),
            kind: 'type',
            oldType: 'list-item',
            oldList: list,
          },
        },
        { at: path },
      );
  }
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
    rememberLists(editor, () => toggle(editor, type, active));
  },

  /** Turns the blocks in the selection back into plain paragraphs (lists are unwrapped). */
  toParagraph(editor: Editor): void {
    rememberLists(editor, () => toParagraphs(editor));
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
    // While suggesting, a new link, a new address and a removal are suggestions (linkChange).
    const suggesting = active(editor);
    const current = linkAtCursor(editor);
    if (current) {
      const [link, path] = current;
      if (link.url === url) return undefined;
      const change = !suggesting
        ? {}
        : link.linkChange && link.linkChange.kind !== 'remove'
          ? {} // an open addition or earlier edit keeps its original address
          : { linkChange: { ...newMark(editor), kind: 'edit' as const, oldUrl: link.url } };
      Transforms.setNodes(editor, { url, ...change }, { at: path });
      return undefined;
    }
    const { selection } = editor;
    if (!selection) return 'Put the cursor in the text first.';
    const mark = suggesting ? newMark(editor) : undefined;
    const linkChange = mark ? { linkChange: { ...mark, kind: 'add' as const } } : {};
    if (Range.isCollapsed(selection))
      Transforms.insertNodes(editor, {
        type: 'link',
        url,
        ...linkChange,
        // The address typed in as the link's words is inserted text too.
        children: [{ text: rawUrl.trim(), ...(mark ? { ins: mark } : {}) }],
      } as SlateNode);
    else
      Transforms.wrapNodes(
        editor,
        { type: 'link', url, ...linkChange, children: [] } as SlateElement,
        { split: true },
      );
    return undefined;
  },

  removeLink(editor: Editor): void {
    const current = linkAtCursor(editor);
    // One's own suggested link simply goes; anyone else's is suggested for removal.
    if (
      current &&
      active(editor) &&
      !(current[0].linkChange?.kind === 'add' && isMine(editor, current[0].linkChange))
    ) {
      Transforms.setNodes(
        editor,
        { linkChange: { ...newMark(editor), kind: 'remove' } },
        { at: current[1] },
      );
      return;
    }
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
