import { diffArrays } from 'diff';

/** A run of lines that is the same in both versions, only in the new one, or only in the old. */
export interface LineRun {
  readonly value: string[];
  readonly added: boolean;
  readonly removed: boolean;
}

/** Largest gap between anchors that is diffed exactly (old lines × new lines). */
const EXACT_GAP_CELLS = 40_000;

// Longest increasing subsequence of the anchors' new positions (patience sorting), so the
// kept anchors appear in the same order in both versions.
function increasing(
  pairs: ReadonlyArray<readonly [number, number]>,
): Array<readonly [number, number]> {
  const tails: number[] = [];
  const previous: number[] = new Array<number>(pairs.length).fill(-1);
  for (let k = 0; k < pairs.length; k++) {
    const j = pairs[k]![1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]!]![1] < j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[k] = tails[lo - 1]!;
    tails[lo] = k;
  }
  const out: Array<readonly [number, number]> = [];
  for (let k = tails.length > 0 ? tails[tails.length - 1]! : -1; k >= 0; k = previous[k]!)
    out.push(pairs[k]!);
  return out.reverse();
}

function push(out: LineRun[], value: string[], added: boolean, removed: boolean): void {
  if (value.length === 0) return;
  const last = out[out.length - 1];
  if (last && last.added === added && last.removed === removed) last.value.push(...value);
  else out.push({ value: [...value], added, removed });
}

function gap(out: LineRun[], a: string[], b: string[]): void {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  push(out, a.slice(0, start), false, false);
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length > 0 && midB.length > 0 && midA.length * midB.length <= EXACT_GAP_CELLS) {
    for (const change of diffArrays(midA, midB))
      push(out, change.value, change.added, change.removed);
  } else if (midA.length === midB.length) {
    // Repeated paragraphs leave no anchors; the same number of lines is most often edits in
    // place, so lines are paired by position.
    midA.forEach((line, k) => {
      if (line === midB[k]) push(out, [line], false, false);
      else {
        push(out, [line], false, true);
        push(out, [midB[k]!], true, false);
      }
    });
  } else {
    push(out, midA, false, true);
    push(out, midB, true, false);
  }
  push(out, a.slice(endA), false, false);
}

/**
 * Aligns two versions' blocks in near-linear time (patience diff): lines that occur exactly
 * once in each version anchor the alignment, and only the gaps between anchors are diffed,
 * exactly when small and as "replaced" when large. Myers' diff over all blocks was quadratic
 * when edits were scattered through a long story.
 */
export function alignLines(a: ReadonlyArray<string>, b: ReadonlyArray<string>): LineRun[] {
  const countA = new Map<string, number>();
  const countB = new Map<string, number>();
  const whereB = new Map<string, number>();
  for (const line of a) countA.set(line, (countA.get(line) ?? 0) + 1);
  b.forEach((line, j) => {
    countB.set(line, (countB.get(line) ?? 0) + 1);
    whereB.set(line, j);
  });
  const pairs: Array<readonly [number, number]> = [];
  a.forEach((line, i) => {
    if (countA.get(line) === 1 && countB.get(line) === 1) pairs.push([i, whereB.get(line)!]);
  });
  const out: LineRun[] = [];
  let i = 0;
  let j = 0;
  for (const [ai, bj] of increasing(pairs)) {
    gap(out, a.slice(i, ai), b.slice(j, bj));
    push(out, [a[ai]!], false, false);
    i = ai + 1;
    j = bj + 1;
  }
  gap(out, a.slice(i), b.slice(j));
  return out;
}
