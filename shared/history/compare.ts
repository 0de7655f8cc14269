import { diffWordsWithSpace } from 'diff';
import { alignLines } from './align';
import { nodeText } from '../story';
import type { Story } from '../story';
import { describeComments, reviewText } from '../review/summary';
import type { StoryBlock } from '../story';
import { countWords } from '../word-count';
import { VERSION_META_FIELDS } from './serialize';
import { WordBag } from './word-bag';
import type { VersionContent, VersionMetaField } from './serialize';

/** A run of words in a changed block. */
export interface WordPart {
  readonly type: 'same' | 'added' | 'removed';
  readonly text: string;
}

/** How one block differs between two versions. */
export type BlockChange =
  | { readonly kind: 'same'; readonly text: string }
  | { readonly kind: 'added'; readonly text: string }
  | { readonly kind: 'removed'; readonly text: string }
  | { readonly kind: 'moved-away'; readonly text: string }
  | { readonly kind: 'moved-here'; readonly text: string }
  | {
      readonly kind: 'changed';
      readonly parts: ReadonlyArray<WordPart>;
      readonly formatOnly: boolean;
    };

/** A metadata field that changed. */
export interface MetaChange {
  readonly field: VersionMetaField;
  readonly before: string;
  readonly after: string;
}

/** Everything that differs between two versions, with word totals. */
export interface StoryComparison {
  readonly meta: ReadonlyArray<MetaChange>;
  readonly blocks: ReadonlyArray<BlockChange>;
  readonly wordsAdded: number;
  readonly wordsRemoved: number;
}

/** Marks where one paragraph became two (or two one) inside a word-level comparison. */
export const PARAGRAPH_MARK = '¶';

function metaText(field: VersionMetaField, value: unknown): string {
  if (field === 'comments') return describeComments(value as Story['comments']);
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** Limits that keep one comparison from stalling its caller, whatever the two texts are. */
export interface CompareLimits {
  /** Milliseconds all word-level diffs of one comparison may take together. */
  readonly budgetMs: number;
  /** Largest edit distance, in words, a single word-level diff explores. */
  readonly maxEditLength: number;
}

/** Changes this small (old and new text together, in characters) are always diffed exactly. */
const SMALL_DIFF_CHARS = 4_000;

/** Defaults: a rewritten 20,000-word story compares in well under a tenth of a second. */
export const COMPARE_LIMITS: CompareLimits = { budgetMs: 40, maxEditLength: 2_000 };

// Myers' diff is O(N·D): a rewrite with new paragraph breaks made D as large as N and took
// seconds. Past the limits the change is shown coarser (the old run out, the new run in),
// which is still exact about what the text now says.
function wordDiff(
  before: string,
  after: string,
  limits: CompareLimits,
  deadline: number,
): WordPart[] {
  // The unchanged start and end (cut back to a space, so no word is split) are not diffed:
  // most edits touch a few words in a long paragraph.
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // Backing up is needed only when the common start ends inside a word of either text.
  const wordEnds = (text: string, at: number): boolean =>
    at === text.length || /\s/.test(text[at]!);
  if (!(wordEnds(before, start) && wordEnds(after, start)))
    while (start > 0 && !/\s/.test(before[start - 1]!)) start--;
  let end = 0;
  while (
    end < shorter - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  )
    end++;
  const wordStarts = (text: string, from: number): boolean =>
    from === 0 || /\s/.test(text[from - 1]!);
  if (!(wordStarts(before, before.length - end) && wordStarts(after, after.length - end)))
    while (end > 0 && !/\s/.test(before[before.length - end]!)) end--;
  const head = before.slice(0, start);
  const tail = before.slice(before.length - end);
  const middle = diffMiddle(
    before.slice(start, before.length - end),
    after.slice(start, after.length - end),
    limits,
    deadline,
  );
  const parts: WordPart[] = [];
  if (head !== '') parts.push({ type: 'same', text: head });
  parts.push(...middle);
  if (tail !== '') parts.push({ type: 'same', text: tail });
  return parts;
}

function diffMiddle(
  before: string,
  after: string,
  limits: CompareLimits,
  deadline: number,
): WordPart[] {
  if (before === after) return before === '' ? [] : [{ type: 'same', text: before }];
  if (before === '') return [{ type: 'added', text: after }];
  if (after === '') return [{ type: 'removed', text: before }];
  // One word for another (the commonest edit) needs no diff.
  if (!/\s/.test(before) && !/\s/.test(after))
    return [
      { type: 'removed', text: before },
      { type: 'added', text: after },
    ];
  // A paragraph-sized change is diffed exactly whatever the budget says: it cannot stall
  // anything, and on a busy machine the shared budget (or jsdiff's first, compiling call)
  // could otherwise run out and show a one-word fix as the whole sentence replaced.
  const small = before.length + after.length <= SMALL_DIFF_CHARS;
  const left = deadline - Date.now();
  const changes = small
    ? diffWordsWithSpace(before, after)
    : left > 0
      ? diffWordsWithSpace(before, after, {
          maxEditLength: limits.maxEditLength,
          timeout: left,
        })
      : undefined;
  if (!changes) {
    return [
      { type: 'removed', text: before },
      { type: 'added', text: after },
    ];
  }
  return changes.map((change) => ({
    type: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

/**
 * Words added and removed between two versions, estimated in linear time: blocks are aligned
 * by whole line, then changed blocks are compared as bags of words. Used to decide when an
 * autosave makes a checkpoint, where an exact count is not worth a slow save.
 */
export function estimateChangedWords(a: VersionContent, b: VersionContent): number {
  const { wordsAdded, wordsRemoved } = estimateWordChanges(a, b);
  return wordsAdded + wordsRemoved;
}

/**
 * The two versions' canonical texts (`serializeContent`), when the caller has them: their
 * lines identify the blocks, so no block is stringified again.
 */
export interface CanonicalTexts {
  readonly a: string;
  readonly b: string;
}

// The block lines of both serialized versions (metadata lines start with #), or undefined if
// either does not line up with its body: then every block is keyed by its JSON instead, as
// the two kinds of key never match each other.
function blockKeys(
  a: VersionContent,
  b: VersionContent,
  texts: CanonicalTexts | undefined,
): { readonly a: string[]; readonly b: string[] } | undefined {
  if (!texts) return undefined;
  const lines = (text: string) =>
    text.split('\n').filter((line) => line !== '' && !line.startsWith('#'));
  const keysA = lines(texts.a);
  const keysB = lines(texts.b);
  return keysA.length === a.body.length && keysB.length === b.body.length
    ? { a: keysA, b: keysB }
    : undefined;
}

/** Words added and removed, estimated as in `estimateChangedWords`, kept apart. */
export function estimateWordChanges(
  a: VersionContent,
  b: VersionContent,
  lines?: CanonicalTexts,
): { readonly wordsAdded: number; readonly wordsRemoved: number } {
  // The autosave hook has both canonical texts, so no block is stringified on every save.
  const keys = blockKeys(a, b, lines);
  const unmatched = new Map<string, StoryBlock[]>();
  for (const [i, block] of a.body.entries()) {
    const key = keys?.a[i] ?? JSON.stringify(block);
    const list = unmatched.get(key);
    if (list) list.push(block);
    else unmatched.set(key, [block]);
  }
  const addedTexts: string[] = [];
  let length = 0;
  for (const [i, block] of b.body.entries()) {
    const list = unmatched.get(keys?.b[i] ?? JSON.stringify(block));
    if (list && list.length > 0) list.pop();
    else {
      const text = nodeText(block, true);
      addedTexts.push(text);
      length += text.length;
    }
  }
  // About one word in six characters of news copy; the bag grows if there are more.
  const bag = new WordBag(length / 6);
  let added = 0;
  for (const text of addedTexts) added += bag.addAll(text);
  let removed = 0;
  for (const list of unmatched.values())
    for (const block of list) removed += bag.takeAll(nodeText(block, true));
  // Words of the old text found in the new one were moved, not added.
  return { wordsAdded: added - bag.taken, wordsRemoved: removed };
}

/**
 * Compares two versions: metadata field by field, the body block by block, and changed
 * blocks word by word.
 *
 * Blocks are aligned first (cheap, by whole line), so only blocks that changed are diffed
 * word by word; a block that reappears elsewhere is reported as moved, not as a deletion and
 * an unrelated insertion; a split or joined paragraph is one change with a ¶ mark.
 */
export function compareContents(
  a: VersionContent,
  b: VersionContent,
  limits: CompareLimits = COMPARE_LIMITS,
  lines?: CanonicalTexts,
): StoryComparison {
  const deadline = Date.now() + limits.budgetMs;
  const meta: MetaChange[] = [];
  for (const field of VERSION_META_FIELDS) {
    const before = metaText(field, a[field]);
    const after = metaText(field, b[field]);
    if (JSON.stringify(a[field]) !== JSON.stringify(b[field])) meta.push({ field, before, after });
  }
  // Each block's line (for alignment) and its text, taken once from the blocks themselves.
  const texts = new Map<string, string>();
  const keys = blockKeys(a, b, lines);
  const linesOf = (body: ReadonlyArray<StoryBlock>, known: string[] | undefined): string[] =>
    body.map((block, i) => {
      const line = known?.[i] ?? JSON.stringify(block);
      if (!texts.has(line)) texts.set(line, reviewText(block));
      return line;
    });
  const linesA = linesOf(a.body, keys?.a);
  const linesB = linesOf(b.body, keys?.b);
  const text = (line: string): string => texts.get(line) ?? '';
  const changes = alignLines(linesA, linesB);

  // Lines removed in one place and added in another are moves.
  const addedCount = new Map<string, number>();
  const removedCount = new Map<string, number>();
  for (const change of changes) {
    const target = change.added ? addedCount : change.removed ? removedCount : undefined;
    if (target) for (const line of change.value) target.set(line, (target.get(line) ?? 0) + 1);
  }
  const movable = new Map<string, number>();
  for (const [line, count] of removedCount) {
    const moved = Math.min(count, addedCount.get(line) ?? 0);
    if (moved > 0 && text(line).trim() !== '') movable.set(line, moved);
  }
  const movedAway = new Map(movable);
  const movedHere = new Map(movable);
  const take = (pool: Map<string, number>, line: string): boolean => {
    const left = pool.get(line) ?? 0;
    if (left <= 0) return false;
    pool.set(line, left - 1);
    return true;
  };

  const blocks: BlockChange[] = [];
  let wordsAdded = 0;
  let wordsRemoved = 0;
  let removed: string[] = [];
  let added: string[] = [];
  const flush = (): void => {
    const r: string[] = [];
    const ad: string[] = [];
    for (const line of removed) {
      if (take(movedAway, line)) blocks.push({ kind: 'moved-away', text: text(line) });
      else r.push(line);
    }
    for (const line of added) {
      if (take(movedHere, line)) blocks.push({ kind: 'moved-here', text: text(line) });
      else ad.push(line);
    }
    if (r.length > 0 && r.length === ad.length) {
      r.forEach((line, i) => {
        const before = text(line);
        const after = text(ad[i]!);
        const parts = wordDiff(before, after, limits, deadline);
        blocks.push({ kind: 'changed', parts, formatOnly: before === after });
      });
    } else if (r.length > 0 && ad.length > 0) {
      const joint = ` ${PARAGRAPH_MARK} `;
      blocks.push({
        kind: 'changed',
        parts: wordDiff(r.map(text).join(joint), ad.map(text).join(joint), limits, deadline),
        formatOnly: false,
      });
    } else {
      for (const line of r) blocks.push({ kind: 'removed', text: text(line) });
      for (const line of ad) blocks.push({ kind: 'added', text: text(line) });
    }
    removed = [];
    added = [];
  };
  for (const change of changes) {
    if (change.removed) removed.push(...change.value);
    else if (change.added) added.push(...change.value);
    else {
      flush();
      for (const line of change.value) blocks.push({ kind: 'same', text: text(line) });
    }
  }
  flush();

  for (const block of blocks) {
    if (block.kind === 'added') wordsAdded += countWords(block.text);
    else if (block.kind === 'removed') wordsRemoved += countWords(block.text);
    else if (block.kind === 'changed') {
      // Unchanged runs are most of a changed paragraph; they are not counted.
      for (const part of block.parts) {
        if (part.type === 'same') continue;
        const words = countWords(part.text.replaceAll(PARAGRAPH_MARK, ' '));
        if (part.type === 'added') wordsAdded += words;
        else wordsRemoved += words;
      }
    }
  }
  return { meta, blocks, wordsAdded, wordsRemoved };
}
