import { Node as SlateNode, Path } from 'slate';
import type { Editor, PathRef } from 'slate';
import type { Story } from '../../shared/story';
import { rangeIn } from './proof-targets';
import type { PlacedFinding } from './proof-targets';

// A letter, digit or apostrophe next to a finding makes it part of a longer word.
const JOINS = /[\p{L}\p{N}'’]/u;
const joins = (ch: string | undefined): boolean => ch !== undefined && JOINS.test(ch);

/**
 * Where a finding on `checked[start, end)` sits in `now`, the same text after an edit: the
 * shift of its offsets, or undefined when the edit touched the word (typed into it, or made
 * it part of a longer word), so the finding no longer stands until the text is checked again.
 */
export function followEdit(
  checked: string,
  now: string,
  start: number,
  end: number,
): number | undefined {
  if (checked === now) return 0;
  const shorter = Math.min(checked.length, now.length);
  let head = 0;
  while (head < shorter && checked[head] === now[head]) head++;
  let tail = 0;
  while (tail < shorter - head && checked[checked.length - 1 - tail] === now[now.length - 1 - tail])
    tail++;
  // The edit replaced checked[head, checked.length - tail) with now[head, now.length - tail).
  const editEnd = checked.length - tail;
  if (end < head || (end === head && !joins(checked[end]) && !joins(now[end]))) return 0;
  const delta = now.length - checked.length;
  if (
    start > editEnd ||
    (start === editEnd && !joins(checked[start - 1]) && !joins(now[start + delta - 1]))
  )
    return delta;
  return undefined;
}

/** A placed finding with what it needs to follow the edits made after its check. */
export interface TrackedFinding extends PlacedFinding {
  /** The text the finding was found in (for body blocks, with suggested deletions). */
  readonly checked: string;
  /** Follows a body block as blocks are added or removed above it. */
  readonly block?: PathRef;
  /** The finding's span in `checked` (body findings skip suggested deletions). */
  readonly rawStart: number;
  readonly rawEnd: number;
}

/**
 * The findings as they stand in the text now: an edit after the check moves them with the
 * text, and drops the ones it touched, so an underline never covers half of a word being
 * typed or a word that is no longer there. Unchanged findings keep their identity.
 */
export function followFindings(
  editor: Editor,
  story: Story,
  tracked: ReadonlyArray<TrackedFinding>,
): PlacedFinding[] {
  const out: PlacedFinding[] = [];
  const blockText = new Map<PathRef, string | undefined>();
  for (const placed of tracked) {
    const { target, finding } = placed;
    if (target.kind === 'field') {
      const delta = followEdit(placed.checked, story[target.field], finding.start, finding.end);
      if (delta === undefined) continue;
      out.push(
        delta === 0
          ? placed
          : {
              ...placed,
              finding: { ...finding, start: finding.start + delta, end: finding.end + delta },
            },
      );
      continue;
    }
    if (target.kind !== 'body' || !placed.block || !placed.range) {
      out.push(placed);
      continue;
    }
    const path = placed.block.current;
    if (!blockText.has(placed.block))
      blockText.set(
        placed.block,
        path && SlateNode.has(editor, path)
          ? SlateNode.string(SlateNode.get(editor, path))
          : undefined,
      );
    const now = blockText.get(placed.block);
    if (!path || now === undefined) continue;
    const { rawStart, rawEnd } = placed;
    const delta = followEdit(placed.checked, now, rawStart, rawEnd);
    if (delta === undefined) continue;
    if (delta === 0 && Path.equals(path, target.path)) {
      out.push(placed);
      continue;
    }
    out.push({
      ...placed,
      target: { kind: 'body', path },
      range: rangeIn(editor, path, rawStart + delta, rawEnd + delta),
    });
  }
  return out;
}
