import { Element as SlateElement, Node as SlateNode, Text } from 'slate';
import type { BaseRange, Path, Editor } from 'slate';
import type { Finding, NameHint } from '../../shared/proofing/types';
import { blockRange } from '../editor/find-ranges';
import type { Story } from '../../shared/story';

/** Where a checked piece of text lives: a metadata field or a body block. */
export type ProofTarget =
  | { readonly kind: 'field'; readonly field: 'headline' | 'dek' | 'byline' }
  | { readonly kind: 'body'; readonly path: Path }
  | { readonly kind: 'caption'; readonly path: Path };

/** One checked piece of text. */
export interface ProofBlock {
  readonly target: ProofTarget;
  /** The text as it reads with suggestions accepted: suggested deletions are not proofread. */
  readonly text: string;
  /** For body blocks: the block's full text in the editor, deletions included. */
  readonly raw?: string;
  /** Where deleted runs were left out: at `at` in `text`, `length` characters of `raw`. */
  readonly skips?: ReadonlyArray<{ readonly at: number; readonly length: number }>;
}

/** A body block's readable text: the runs struck as suggested deletions are left out. */
function readableText(block: SlateElement): Pick<ProofBlock, 'text' | 'raw' | 'skips'> {
  const raw = SlateNode.string(block);
  let text = '';
  const skips: Array<{ at: number; length: number }> = [];
  for (const [leaf] of SlateNode.texts(block)) {
    if (leaf.del) skips.push({ at: text.length, length: leaf.text.length });
    else text += leaf.text;
  }
  return skips.length === 0 ? { text: raw, raw } : { text, raw, skips };
}

/** Maps an offset in the readable text back to the editor's text. */
export function rawOffset(
  skips: ProofBlock['skips'],
  offset: number,
  side: 'start' | 'end',
): number {
  let out = offset;
  for (const skip of skips ?? [])
    if (skip.at < offset || (skip.at === offset && side === 'start')) out += skip.length;
  return out;
}

/** A finding (or name hint) placed in the story. */
export interface PlacedFinding {
  readonly id: string;
  readonly target: ProofTarget;
  readonly finding:
    | Finding
    | (NameHint & {
        readonly kind: 'hint';
        readonly message: string;
        readonly suggestions: ReadonlyArray<string>;
      });
  /** For body findings: the Slate range to underline and replace. */
  readonly range?: BaseRange;
}

/** Collects every piece of text the checker reads: headline, dek, byline, body and captions. */
export function proofBlocks(editor: Editor, story: Story): ProofBlock[] {
  const blocks: ProofBlock[] = [];
  for (const field of ['headline', 'dek', 'byline'] as const)
    if (story[field].trim() !== '')
      blocks.push({ target: { kind: 'field', field }, text: story[field] });
  for (const [node, path] of SlateNode.nodes(editor)) {
    if (!SlateElement.isElement(node)) continue;
    if (node.type === 'image') {
      if (node.caption.trim() !== '')
        blocks.push({ target: { kind: 'caption', path }, text: node.caption });
      continue;
    }
    if (editor.isInline(node) || editor.isVoid(node)) continue;
    if (
      !node.children.some(
        (c) => Text.isText(c) || (SlateElement.isElement(c) && editor.isInline(c)),
      )
    )
      continue;
    blocks.push({ target: { kind: 'body', path }, ...readableText(node) });
  }
  return blocks;
}

/** The Slate range of a span of a body block. */
export function rangeIn(editor: Editor, path: Path, start: number, end: number): BaseRange {
  return blockRange(SlateNode.get(editor, path) as SlateElement, path, start, end);
}
