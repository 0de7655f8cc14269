import {
  Editor,
  Element as SlateElement,
  Node as SlateNode,
  Path,
  Point,
  Range,
  Text,
  Transforms,
} from 'slate';
import type { BaseEditor, Operation } from 'slate';
import type { StoryText } from '../../shared/story';
import { FORMAT_MARKS, newReviewId } from '../../shared/review/marks';
import type {
  BlockChange,
  FormatMark,
  FormatSuggestion,
  SuggestionMark,
} from '../../shared/review/marks';

// The edits suggestion mode makes instead of the plain ones (see with-suggestions.ts).

// While a review action or a plugin-internal transform runs, edits are applied as they are.
const BYPASS = new WeakSet<BaseEditor>();

export function bypass(editor: Editor, run: () => void): void {
  if (BYPASS.has(editor)) {
    run();
    return;
  }
  BYPASS.add(editor);
  try {
    run();
  } finally {
    BYPASS.delete(editor);
  }
}

export function active(editor: Editor): boolean {
  return editor.suggesting === true && !BYPASS.has(editor);
}

function me(editor: Editor): string {
  return editor.reviewAuthor?.() || 'Unnamed editor';
}

export function newMark(editor: Editor): SuggestionMark {
  return { id: newReviewId('s'), author: me(editor), at: new Date().toISOString() };
}

export const isMine = (editor: Editor, mark: SuggestionMark | undefined): boolean =>
  mark !== undefined && mark.author === me(editor);

/**
 * A picture or section break deleted while suggesting: one's own suggested insertion goes
 * outright (as typed text does), anything else is marked for removal.
 */
export function suggestRemoval(
  editor: Editor,
  node: SlateElement,
  path: Path,
  mark: SuggestionMark,
): void {
  if (node.change?.kind === 'insert' && isMine(editor, node.change))
    Transforms.removeNodes(editor, { at: path });
  else if (!node.change)
    Transforms.setNodes(editor, { change: { ...mark, kind: 'remove' } }, { at: path });
}

/** Text blocks and voids: the units a split, join or removal applies to. */
export function isUnitBlock(editor: Editor, node: SlateNode): node is SlateElement {
  return (
    SlateElement.isElement(node) &&
    !editor.isInline(node) &&
    (editor.isVoid(node) ||
      node.children.some((c) => Text.isText(c) || editor.isInline(c as SlateElement)))
  );
}

export function unitAbove(editor: Editor, at: Point): [SlateElement, Path] | undefined {
  return Editor.above(editor, { at, match: (n) => isUnitBlock(editor, n) }) as
    [SlateElement, Path] | undefined;
}

/** The insertion a typed character joins: the writer's own open insertion touching the caret. */
export function ownInsertionAt(editor: Editor, point: Point): SuggestionMark | undefined {
  const [leaf] = Editor.leaf(editor, point);
  if (isMine(editor, leaf.ins) && !leaf.del) return leaf.ins;
  if (point.offset === 0) {
    const previous = Editor.previous(editor, { at: point.path, match: Text.isText });
    const unit = unitAbove(editor, point);
    if (previous && unit && Path.isAncestor(unit[1], previous[1])) {
      const text = previous[0] as StoryText;
      if (isMine(editor, text.ins) && !text.del) return text.ins;
    }
  }
  return undefined;
}

/**
 * The deletion a Backspace or Delete continues: the author's own struck text right beside the
 * caret on the side already deleted, so striking a word letter by letter is one suggestion.
 */
export function ownDeletionBeside(
  editor: Editor,
  point: Point,
  direction: 'backward' | 'forward',
): SuggestionMark | undefined {
  const [leaf, path] = Editor.leaf(editor, point);
  const atEdge = direction === 'backward' ? point.offset === leaf.text.length : point.offset === 0;
  let text: StoryText | undefined = leaf;
  if (atEdge) {
    const neighbour =
      direction === 'backward'
        ? Editor.next(editor, { at: path, match: Text.isText })
        : Editor.previous(editor, { at: path, match: Text.isText });
    const unit = unitAbove(editor, point);
    text =
      neighbour && unit && Path.isAncestor(unit[1], neighbour[1])
        ? (neighbour[0] as StoryText)
        : undefined;
  }
  return text && isMine(editor, text.del) ? text.del : undefined;
}

/** Marks a range inserted by `mark`: its text, and the blocks that start inside it as splits. */
export function markInserted(editor: Editor, range: Range, mark: SuggestionMark): void {
  if (Range.isCollapsed(range)) return;
  Transforms.setNodes(editor, { ins: mark }, { at: range, match: Text.isText, split: true });
  Transforms.unsetNodes(editor, ['del', 'fmt'], { at: range, match: Text.isText, split: true });
  const [start] = Range.edges(range);
  for (const [, path] of Editor.nodes(editor, {
    at: range,
    match: (n) => isUnitBlock(editor, n),
  })) {
    if (Point.isAfter(Editor.start(editor, path), start))
      Transforms.setNodes(editor, { change: { ...mark, kind: 'split' } }, { at: path });
  }
}

/**
 * Marks a range deleted by the current author. Their own open insertions inside it go
 * outright; text someone else inserted gets this author's deletion on top; blocks that start
 * inside the range are to be joined to the one before, pictures and breaks to be removed.
 */
export function markDeleted(editor: Editor, range: Range, mark: SuggestionMark): void {
  const ref = Editor.rangeRef(editor, range, { affinity: 'inward' });
  const [start] = Range.edges(range);
  const units = Array.from(
    Editor.nodes(editor, { at: range, match: (n) => isUnitBlock(editor, n) }),
    ([node, path]) => ({ node: node as SlateElement, ref: Editor.pathRef(editor, path), path }),
  );
  Transforms.setNodes(
    editor,
    { del: mark },
    {
      at: range,
      match: (n) => Text.isText(n) && !n.del && !(isMine(editor, n.ins) && !n.del),
      split: true,
    },
  );
  const current = ref.current;
  if (current) {
    const own = Array.from(
      Editor.nodes(editor, {
        at: current,
        match: (n) => Text.isText(n) && isMine(editor, n.ins) && !n.del,
        reverse: true,
      }),
    );
    for (const [, path] of own) {
      const part = Range.intersection(Editor.range(editor, path), ref.current ?? current);
      if (part && !Range.isCollapsed(part)) Transforms.delete(editor, { at: part });
    }
  }
  for (const unit of units.reverse()) {
    const path = unit.ref.current;
    unit.ref.unref();
    if (!path) continue;
    const node = SlateNode.get(editor, path) as SlateElement;
    if (editor.isVoid(node)) {
      suggestRemoval(editor, node, path, mark);
      continue;
    }
    if (!Point.isAfter(Editor.start(editor, path), start)) continue;
    joinUnit(editor, node, path, mark);
  }
  ref.unref();
}

/** Suggests joining a block onto the one before; a split this author suggested just closes. */
export function joinUnit(
  editor: Editor,
  node: SlateElement,
  path: Path,
  mark: SuggestionMark,
): void {
  if (node.change?.kind === 'split' && isMine(editor, node.change)) {
    Transforms.unsetNodes(editor, 'change', { at: path });
    if (Path.hasPrevious(path)) Transforms.mergeNodes(editor, { at: path });
    return;
  }
  if (!node.change)
    Transforms.setNodes(editor, { change: { ...mark, kind: 'join' } }, { at: path });
}

function formatsOf(leaf: StoryText): Partial<Record<FormatMark, true>> {
  const out: Partial<Record<FormatMark, true>> = {};
  for (const mark of FORMAT_MARKS) if (leaf[mark]) out[mark] = true;
  return out;
}

function sameFormats(
  a: Partial<Record<FormatMark, true>>,
  b: Partial<Record<FormatMark, true>>,
): boolean {
  return FORMAT_MARKS.every((mark) => !!a[mark] === !!b[mark]);
}

/** Applies a format to the selection as a suggestion that remembers each run's old formats. */
export function suggestFormat(editor: Editor, key: FormatMark, value: boolean): void {
  const { selection } = editor;
  if (!selection) return;
  const mark = newMark(editor);
  const parts = Array.from(
    Editor.nodes(editor, { at: selection, match: Text.isText, reverse: true }),
  );
  for (const [node, path] of parts) {
    const leaf = node as StoryText;
    const part = Range.intersection(Editor.range(editor, path), selection);
    if (!part || Range.isCollapsed(part)) continue;
    const old = leaf.fmt?.old ?? formatsOf(leaf);
    const now = { ...formatsOf(leaf) };
    if (value) now[key] = true;
    else delete now[key];
    const fmt: FormatSuggestion | undefined = sameFormats(old, now)
      ? undefined
      : { ...(leaf.fmt ?? mark), old };
    Transforms.setNodes(editor, { [key]: value ? true : undefined, fmt } as Partial<StoryText>, {
      at: part,
      match: Text.isText,
      split: true,
    });
  }
}

/** Records a block type change made while suggesting, keeping the first old type. */
export function recordTypeChange(editor: Editor, op: Operation): Operation {
  if (op.type !== 'set_node' || !('type' in op.newProperties)) return op;
  const node = SlateNode.get(editor, op.path);
  if (!SlateElement.isElement(node) || editor.isInline(node) || editor.isVoid(node)) return op;
  const newType = (op.newProperties as { type: string }).type;
  if (node.change && node.change.kind !== 'type') return op;
  const oldType = node.change?.kind === 'type' ? node.change.oldType : node.type;
  if (
    oldType === 'bulleted-list' ||
    oldType === 'numbered-list' ||
    oldType === 'link' ||
    oldType === 'image' ||
    oldType === 'section-break'
  )
    return op;
  const change: BlockChange | undefined =
    newType === oldType ? undefined : { ...newMark(editor), kind: 'type', oldType };
  return {
    ...op,
    properties: { ...op.properties, change: node.change },
    newProperties: { ...op.newProperties, change },
  } as Operation;
}
