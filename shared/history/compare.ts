import { diffArrays, diffWordsWithSpace } from 'diff';
import { nodeText } from '../story';
import type { StoryBlock } from '../story';
import { countWords } from '../word-count';
import { VERSION_META_FIELDS } from './serialize';
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

function text(line: string): string {
  return nodeText(JSON.parse(line) as StoryBlock, true);
}

function metaText(value: unknown): string {
  return Array.isArray(value) ? value.join(', ') : String(value);
}

function wordDiff(before: string, after: string): WordPart[] {
  return diffWordsWithSpace(before, after).map((change) => ({
    type: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

/**
 * Compares two versions: metadata field by field, the body block by block, and changed
 * blocks word by word.
 *
 * Blocks are aligned first (cheap, by whole line), so only blocks that changed are diffed
 * word by word; a block that reappears elsewhere is reported as moved, not as a deletion and
 * an unrelated insertion; a split or joined paragraph is one change with a ¶ mark.
 */
export function compareContents(a: VersionContent, b: VersionContent): StoryComparison {
  const meta: MetaChange[] = [];
  for (const field of VERSION_META_FIELDS) {
    const before = metaText(a[field]);
    const after = metaText(b[field]);
    if (JSON.stringify(a[field]) !== JSON.stringify(b[field])) meta.push({ field, before, after });
  }
  const linesA = a.body.map((block) => JSON.stringify(block));
  const linesB = b.body.map((block) => JSON.stringify(block));
  const changes = diffArrays(linesA, linesB);

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
        const parts = wordDiff(before, after);
        blocks.push({ kind: 'changed', parts, formatOnly: before === after });
      });
    } else if (r.length > 0 && ad.length > 0) {
      const joint = ` ${PARAGRAPH_MARK} `;
      blocks.push({
        kind: 'changed',
        parts: wordDiff(r.map(text).join(joint), ad.map(text).join(joint)),
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
      for (const part of block.parts) {
        const words = countWords(part.text.replaceAll(PARAGRAPH_MARK, ' '));
        if (part.type === 'added') wordsAdded += words;
        else if (part.type === 'removed') wordsRemoved += words;
      }
    }
  }
  return { meta, blocks, wordsAdded, wordsRemoved };
}
