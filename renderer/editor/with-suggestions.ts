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
import { HistoryEditor } from 'slate-history';
import type { StoryBlock, StoryText } from '../../shared/story';
import { FORMAT_MARKS, newReviewId } from '../../shared/review/marks';
import type {
  BlockChange,
  FormatMark,
  FormatSuggestion,
  SuggestionMark,
} from '../../shared/review/marks';
import { acceptedBody, resolveBlockChange, resolveLeaf } from '../../shared/review/resolve';
import type { ReviewAction, SuggestionPick } from '../../shared/review/resolve';

// While a review action or a plugin-internal transform runs, edits are applied as they are.
const BYPASS = new WeakSet<BaseEditor>();

function bypass(editor: Editor, run: () => void): void {
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

function active(editor: Editor): boolean {
  return editor.suggesting === true && !BYPASS.has(editor);
}

function me(editor: Editor): string {
  return editor.reviewAuthor?.() || 'Unnamed editor';
}

function newMark(editor: Editor): SuggestionMark {
  return { id: newReviewId('s'), author: me(editor), at: new Date().toISOString() };
}

const isMine = (editor: Editor, mark: SuggestionMark | undefined): boolean =>
  mark !== undefined && mark.author === me(editor);

/** Text blocks and voids: the units a split, join or removal applies to. */
function isUnitBlock(editor: Editor, node: SlateNode): node is SlateElement {
  return (
    SlateElement.isElement(node) &&
    !editor.isInline(node) &&
    (editor.isVoid(node) ||
      node.children.some((c) => Text.isText(c) || editor.isInline(c as SlateElement)))
  );
}

function unitAbove(editor: Editor, at: Point): [SlateElement, Path] | undefined {
  return Editor.above(editor, { at, match: (n) => isUnitBlock(editor, n) }) as
    [SlateElement, Path] | undefined;
}

/** The insertion a typed character joins: the writer's own open insertion touching the caret. */
function ownInsertionAt(editor: Editor, point: Point): SuggestionMark | undefined {
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
function ownDeletionBeside(
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
function markInserted(editor: Editor, range: Range, mark: SuggestionMark): void {
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
function markDeleted(editor: Editor, range: Range, mark: SuggestionMark): void {
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
      if (!node.change)
        Transforms.setNodes(editor, { change: { ...mark, kind: 'remove' } }, { at: path });
      continue;
    }
    if (!Point.isAfter(Editor.start(editor, path), start)) continue;
    joinUnit(editor, node, path, mark);
  }
  ref.unref();
}

/** Suggests joining a block onto the one before; a split this author suggested just closes. */
function joinUnit(editor: Editor, node: SlateElement, path: Path, mark: SuggestionMark): void {
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
function suggestFormat(editor: Editor, key: FormatMark, value: boolean): void {
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
function recordTypeChange(editor: Editor, op: Operation): Operation {
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

/**
 * Suggestion mode for the body: while `editor.suggesting` is on, typing, deleting, pasting,
 * formatting and block changes are recorded as suggestions credited to `editor.reviewAuthor()`
 * instead of changing the text (see shared/review for the model). Copying gives the text as it
 * reads with suggestions accepted.
 */
export function withSuggestions(editor: Editor): Editor {
  const {
    apply,
    insertText,
    insertBreak,
    insertData,
    deleteBackward,
    deleteForward,
    deleteFragment,
    addMark,
    removeMark,
    setFragmentData,
  } = editor;
  editor.suggesting ??= false;

  // Undo and redo replay operations as they were recorded: never record them a second time.
  editor.apply = (op) =>
    apply(
      active(editor) && HistoryEditor.isSaving(editor) !== false
        ? recordTypeChange(editor, op)
        : op,
    );

  editor.insertText = (text) => {
    const { selection } = editor;
    if (!active(editor) || !selection) {
      insertText(text);
      return;
    }
    let mark: SuggestionMark | undefined;
    Editor.withoutNormalizing(editor, () => {
      if (Range.isExpanded(selection)) {
        mark = newMark(editor);
        const end = Editor.pointRef(editor, Range.end(selection));
        bypass(editor, () => markDeleted(editor, selection, mark!));
        if (end.current) Transforms.select(editor, end.current);
        end.unref();
      }
      const point = editor.selection?.anchor;
      if (!point) return;
      if (!mark) {
        // The common case, typing on inside one's own insertion: the text simply joins it.
        const [leaf] = Editor.leaf(editor, point);
        if (isMine(editor, leaf.ins) && !leaf.del && !leaf.fmt) {
          bypass(editor, () => insertText(text));
          return;
        }
      }
      mark ??= ownInsertionAt(editor, point) ?? newMark(editor);
      const start = Editor.pointRef(editor, point, { affinity: 'backward' });
      bypass(editor, () => insertText(text));
      const end = editor.selection?.anchor;
      if (start.current && end)
        bypass(editor, () => markInserted(editor, { anchor: start.current!, focus: end }, mark!));
      start.unref();
    });
  };

  editor.insertData = (data) => {
    const { selection } = editor;
    if (!active(editor) || !selection) {
      insertData(data);
      return;
    }
    // A paste is one suggestion: what it replaces and everything it brings share one id.
    const mark = newMark(editor);
    HistoryEditor.withMerging(editor, () => {
      if (Range.isExpanded(selection)) {
        const end = Editor.pointRef(editor, Range.end(selection));
        bypass(editor, () => markDeleted(editor, selection, mark));
        if (end.current) Transforms.select(editor, end.current);
        end.unref();
      }
      const point = editor.selection?.anchor;
      if (!point) return;
      const start = Editor.pointRef(editor, point, { affinity: 'backward' });
      bypass(editor, () => insertData(data));
      const end = editor.selection?.anchor;
      if (start.current && end)
        bypass(editor, () => markInserted(editor, { anchor: start.current!, focus: end }, mark));
      start.unref();
    });
  };

  editor.insertBreak = () => {
    if (!active(editor) || !editor.selection) {
      insertBreak();
      return;
    }
    const mark = ownInsertionAt(editor, Range.start(editor.selection)) ?? newMark(editor);
    Editor.withoutNormalizing(editor, () => {
      if (Range.isExpanded(editor.selection!)) editor.deleteFragment();
      bypass(editor, () => insertBreak());
      const point = editor.selection?.anchor;
      const unit = point ? unitAbove(editor, point) : undefined;
      if (unit)
        bypass(editor, () =>
          Transforms.setNodes(editor, { change: { ...mark, kind: 'split' } }, { at: unit[1] }),
        );
    });
  };

  const suggestDelete = (
    direction: 'backward' | 'forward',
    unit: 'character' | 'word' | 'line' | 'block',
  ): void => {
    const point = editor.selection!.anchor;
    const mark = ownDeletionBeside(editor, point, direction) ?? newMark(editor);
    const here = unitAbove(editor, point);
    bypass(editor, () =>
      Editor.withoutNormalizing(editor, () => {
        if (here && editor.isVoid(here[0])) {
          if (!here[0].change)
            Transforms.setNodes(editor, { change: { ...mark, kind: 'remove' } }, { at: here[1] });
          return;
        }
        const atEdge =
          here &&
          (direction === 'backward'
            ? Editor.isStart(editor, point, here[1])
            : Editor.isEnd(editor, point, here[1]));
        if (here && atEdge) {
          const neighbour =
            direction === 'backward'
              ? Editor.previous(editor, { at: here[1], match: (n) => isUnitBlock(editor, n) })
              : Editor.next(editor, { at: here[1], match: (n) => isUnitBlock(editor, n) });
          if (!neighbour) return;
          const [node, path] = neighbour as [SlateElement, Path];
          if (editor.isVoid(node)) {
            if (!node.change)
              Transforms.setNodes(editor, { change: { ...mark, kind: 'remove' } }, { at: path });
            return;
          }
          const [joined, joinedPath] = direction === 'backward' ? here : [node, path];
          const joinedRef = Editor.pathRef(editor, joinedPath);
          joinUnit(editor, joined, joinedPath, mark);
          const after = joinedRef.unref();
          // Still there (marked, not merged): the caret goes on to the end of the block before,
          // so the next Backspace goes on striking text.
          if (direction === 'backward' && after && Path.equals(after, joinedPath))
            Transforms.select(editor, Editor.end(editor, path));
          return;
        }
        const other =
          direction === 'backward'
            ? Editor.before(editor, point, { unit })
            : Editor.after(editor, point, { unit });
        if (!other) return;
        const range = { anchor: other, focus: point };
        const target = Editor.pointRef(editor, other);
        markDeleted(editor, range, mark);
        if (target.current) Transforms.select(editor, target.current);
        target.unref();
      }),
    );
  };

  editor.deleteBackward = (unit) => {
    if (!active(editor) || !editor.selection || Range.isExpanded(editor.selection))
      deleteBackward(unit);
    else suggestDelete('backward', unit);
  };

  editor.deleteForward = (unit) => {
    if (!active(editor) || !editor.selection || Range.isExpanded(editor.selection))
      deleteForward(unit);
    else suggestDelete('forward', unit);
  };

  editor.deleteFragment = (options) => {
    const { selection } = editor;
    if (!active(editor) || !selection || Range.isCollapsed(selection)) {
      deleteFragment(options);
      return;
    }
    const mark = newMark(editor);
    const start = Editor.pointRef(editor, Range.start(selection));
    bypass(editor, () =>
      Editor.withoutNormalizing(editor, () => markDeleted(editor, selection, mark)),
    );
    if (start.current) Transforms.select(editor, start.current);
    start.unref();
  };

  editor.addMark = (key, value) => {
    if (
      active(editor) &&
      editor.selection &&
      Range.isExpanded(editor.selection) &&
      FORMAT_MARKS.includes(key as FormatMark)
    )
      bypass(editor, () => suggestFormat(editor, key as FormatMark, value === true));
    else addMark(key, value);
  };

  editor.removeMark = (key) => {
    if (
      active(editor) &&
      editor.selection &&
      Range.isExpanded(editor.selection) &&
      FORMAT_MARKS.includes(key as FormatMark)
    )
      bypass(editor, () => suggestFormat(editor, key as FormatMark, false));
    else removeMark(key);
  };

  // Copying gives the text as it reads with the suggestions accepted: never the struck words.
  editor.setFragmentData = (data, originEvent) => {
    if (typeof setFragmentData === 'function') setFragmentData(data, originEvent);
    if (!editor.selection || Range.isCollapsed(editor.selection)) return;
    const fragment = Editor.fragment(editor, editor.selection) as StoryBlock[];
    const hasReview = JSON.stringify(fragment).match(/"(ins|del|fmt|change|comments)":/);
    if (!hasReview) return;
    const accepted = acceptedBody(fragment);
    data.setData(
      'application/x-slate-fragment',
      window.btoa(encodeURIComponent(JSON.stringify(accepted))),
    );
    data.setData(
      'text/plain',
      accepted.map((block) => SlateNode.string(block as SlateNode)).join('\n\n'),
    );
    data.setData('text/html', acceptedHtml(accepted));
  };

  return editor;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function acceptedHtml(blocks: ReadonlyArray<StoryBlock>): string {
  return blocks
    .map((block) => `<p>${escapeHtml(SlateNode.string(block as SlateNode))}</p>`)
    .join('');
}

/**
 * Accepts or rejects the picked suggestions in the editor, as one undo step. The decisions are
 * shared/review's, so the editor and every export agree.
 */
export function resolveSuggestions(
  editor: Editor,
  pick: SuggestionPick,
  action: ReviewAction,
): void {
  const picked = (mark: SuggestionMark | undefined): boolean => mark !== undefined && pick(mark);
  HistoryEditor.withNewBatch(editor, () =>
    bypass(editor, () =>
      Editor.withoutNormalizing(editor, () => {
        const leaves = Array.from(
          Editor.nodes(editor, {
            at: [],
            match: (n) => Text.isText(n) && (picked(n.ins) || picked(n.del) || picked(n.fmt)),
            reverse: true,
          }),
        );
        for (const [node, path] of leaves) {
          const leaf = node as StoryText;
          const out = resolveLeaf(leaf, pick, action);
          if (out === null) {
            Transforms.removeNodes(editor, { at: path });
            continue;
          }
          const removed = (Object.keys(leaf) as Array<keyof StoryText>).filter(
            (key) => key !== 'text' && !(key in out),
          );
          const changed = Object.fromEntries(
            Object.entries(out).filter(
              ([key, value]) => key !== 'text' && leaf[key as keyof StoryText] !== value,
            ),
          );
          if (removed.length > 0) Transforms.unsetNodes(editor, removed, { at: path });
          if (Object.keys(changed).length > 0) Transforms.setNodes(editor, changed, { at: path });
        }
        const blocks = Array.from(
          Editor.nodes(editor, {
            at: [],
            match: (n) => SlateElement.isElement(n) && picked(n.change),
            reverse: true,
          }),
        );
        for (const [node, path] of blocks) {
          const element = node as SlateElement;
          const outcome = resolveBlockChange(element.change, pick, action);
          switch (outcome.kind) {
            case 'keep':
              break;
            case 'unset':
              Transforms.unsetNodes(editor, 'change', { at: path });
              break;
            case 'remove':
              Transforms.removeNodes(editor, { at: path });
              break;
            case 'merge': {
              Transforms.unsetNodes(editor, 'change', { at: path });
              const previous = Path.hasPrevious(path)
                ? SlateNode.get(editor, Path.previous(path))
                : undefined;
              if (previous && SlateElement.isElement(previous) && !editor.isVoid(previous))
                Transforms.mergeNodes(editor, { at: path });
              break;
            }
            case 'set-type': {
              Transforms.unsetNodes(editor, 'change', { at: path });
              const ref = Editor.pathRef(editor, path);
              // A list item going back to what it was leaves its list first.
              if (element.type === 'list-item' && outcome.type !== 'list-item')
                Transforms.liftNodes(editor, { at: path });
              const at = ref.unref();
              if (at) Transforms.setNodes(editor, { type: outcome.type }, { at });
              break;
            }
          }
        }
      }),
    ),
  );
}

/**
 * Replaces a range of text the way the user's mode asks: as a suggested replacement while
 * suggesting, as a plain edit otherwise. Find & replace and proofing fixes go through here.
 */
export function replaceRange(editor: Editor, range: Range, text: string): void {
  if (!editor.suggesting) {
    Transforms.insertText(editor, text, { at: range });
    return;
  }
  Transforms.select(editor, range);
  if (text === '') editor.deleteFragment();
  else Editor.insertText(editor, text);
}
