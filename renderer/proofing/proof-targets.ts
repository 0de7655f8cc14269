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
  readonly text: string;
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
    blocks.push({ target: { kind: 'body', path }, text: SlateNode.string(node) });
  }
  return blocks;
}

/** The Slate range of a span of a body block. */
export function rangeIn(editor: Editor, path: Path, start: number, end: number): BaseRange {
  return blockRange(SlateNode.get(editor, path) as SlateElement, path, start, end);
}
