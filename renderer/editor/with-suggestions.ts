import type { Element as SlateElement } from 'slate';
import { Editor, Node as SlateNode, Path, Range, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import type { StoryBlock } from '../../shared/story';
import { FORMAT_MARKS } from '../../shared/review/marks';
import type { FormatMark, SuggestionMark } from '../../shared/review/marks';
import { acceptedBody } from '../../shared/review/resolve';
import {
  active,
  bypass,
  isUnitBlock,
  isMine,
  joinUnit,
  markDeleted,
  markInserted,
  newMark,
  ownDeletionBeside,
  ownInsertionAt,
  recordTypeChange,
  suggestFormat,
  suggestRemoval,
  unitAbove,
} from './suggestion-edits';

// Accepting, rejecting and replacing live in resolve-suggestions.ts; re-exported for callers.
export { replaceRange, resolveSuggestions } from './resolve-suggestions';

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
          suggestRemoval(editor, here[0], here[1], mark);
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
            suggestRemoval(editor, node, path, mark);
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
