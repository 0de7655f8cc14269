import { Editor, Element as SlateElement, Range, Text, Transforms } from 'slate';
import type { Path } from 'slate';
import { ReactEditor } from 'slate-react';

/** Anchors a new comment on the text of a range (each run keeps its other comments). */
export function addCommentMark(editor: Editor, range: Range, id: string): void {
  Editor.withoutNormalizing(editor, () => {
    const parts = Array.from(
      Editor.nodes(editor, { at: range, match: Text.isText, reverse: true }),
    );
    for (const [node, path] of parts) {
      const part = Range.intersection(Editor.range(editor, path), range);
      if (!part || Range.isCollapsed(part)) continue;
      const comments = [...(node.comments ?? []).filter((c) => c !== id), id];
      Transforms.setNodes(editor, { comments }, { at: part, match: Text.isText, split: true });
    }
  });
}

/** Removes a deleted comment's anchor from every run that carries it. */
export function removeCommentMark(editor: Editor, id: string): void {
  Editor.withoutNormalizing(editor, () => {
    const runs = Array.from(
      Editor.nodes(editor, {
        at: [],
        match: (n) => Text.isText(n) && (n.comments ?? []).includes(id),
      }),
    );
    for (const [node, path] of runs) {
      const rest = ((node as Text).comments ?? []).filter((c) => c !== id);
      if (rest.length > 0) Transforms.setNodes(editor, { comments: rest }, { at: path });
      else Transforms.unsetNodes(editor, 'comments', { at: path });
    }
  });
}

/** The first place a suggestion (by id) or comment anchor is found in the body. */
export function findReviewPath(
  editor: Editor,
  match: { readonly suggestion?: string; readonly comment?: string },
): Path | undefined {
  const [entry] = Editor.nodes(editor, {
    at: [],
    match: (n) => {
      if (match.comment !== undefined)
        return Text.isText(n) && (n.comments ?? []).includes(match.comment);
      const id = match.suggestion;
      if (Text.isText(n)) return n.ins?.id === id || n.del?.id === id || n.fmt?.id === id;
      if (!SlateElement.isElement(n)) return false;
      return n.type === 'link' ? n.linkChange?.id === id : n.change?.id === id;
    },
  });
  return entry?.[1];
}

/** Puts the caret at the start of a path and scrolls it into view. */
export function revealPath(editor: Editor, path: Path): void {
  try {
    Transforms.select(editor, Editor.start(editor, path));
    ReactEditor.focus(editor);
    const [node] = Editor.node(editor, path);
    ReactEditor.toDOMNode(editor, node).scrollIntoView({ block: 'center' });
  } catch {
    // The text moved while the list was open; the next render lists it where it is now.
  }
}
