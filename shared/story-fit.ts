import { MAX_FIELD_CHARS } from './story';
import type { StoryBlock, StoryText } from './story';

/** Longest paragraph Galley keeps as one block; longer text is split at sentence ends. */
export const MAX_BLOCK_CHARS = 20_000;

/** The fields of an incoming story that may need fitting. */
export interface FitInput {
  readonly headline: string;
  readonly dek: string;
  readonly body: ReadonlyArray<StoryBlock>;
}

/** A story fitted to the schema's limits, and what was changed, in words for the user. */
export interface FitResult {
  readonly headline: string;
  readonly dek: string;
  readonly body: StoryBlock[];
  readonly notes: ReadonlyArray<string>;
}

function shorten(text: string, max: number): string {
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

// Cuts at the last sentence end (or space) before the limit, so no word is split.
function chunks(text: string, max: number): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const sentence = Math.max(
      window.lastIndexOf('. '),
      window.lastIndexOf('? '),
      window.lastIndexOf('! '),
    );
    const space = window.lastIndexOf(' ');
    const at = sentence > max / 2 ? sentence + 2 : space > max / 2 ? space + 1 : max;
    out.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at);
  }
  out.push(rest);
  return out;
}

function splitLeaves(children: ReadonlyArray<StoryText>): StoryText[][] {
  const groups: StoryText[][] = [[]];
  let size = 0;
  for (const leaf of children) {
    for (const piece of chunks(leaf.text, MAX_BLOCK_CHARS)) {
      if (size + piece.length > MAX_BLOCK_CHARS && size > 0) {
        groups.push([]);
        size = 0;
      }
      groups[groups.length - 1]!.push({ ...leaf, text: piece });
      size += piece.length;
    }
  }
  return groups.filter((g) => g.length > 0);
}

function blockChars(block: StoryBlock): number {
  let n = 0;
  const walk = (node: unknown): void => {
    const value = node as { text?: string; children?: unknown[] };
    if (typeof value.text === 'string') n += value.text.length;
    value.children?.forEach(walk);
  };
  walk(block);
  return n;
}

/**
 * Fits imported or pasted text into the story's limits instead of refusing it or writing a
 * file Galley cannot open again: an over-long headline or dek is shortened and kept whole as
 * the first paragraph; a giant paragraph is split at sentence ends. Nothing is dropped.
 */
export function fitStory(input: FitInput): FitResult {
  const notes: string[] = [];
  const lead: StoryBlock[] = [];
  let { headline, dek } = input;
  if (headline.length > MAX_FIELD_CHARS) {
    lead.push({ type: 'paragraph', children: [{ text: headline }] });
    headline = shorten(headline, 200);
    notes.push(
      'The title was too long for a headline; it was shortened and kept whole as the first paragraph.',
    );
  }
  if (dek.length > MAX_FIELD_CHARS) {
    lead.push({ type: 'paragraph', children: [{ text: dek }] });
    dek = shorten(dek, 300);
    notes.push('The summary was too long for a dek; it was shortened and kept whole in the body.');
  }
  const body: StoryBlock[] = [];
  let split = 0;
  for (const block of [...lead.flatMap((b) => splitBlock(b)), ...input.body]) {
    const parts = blockChars(block) > MAX_BLOCK_CHARS ? splitBlock(block) : [block];
    if (parts.length > 1) split++;
    body.push(...parts);
  }
  if (split > 0)
    notes.push(
      `${split} very long paragraph${split === 1 ? ' was' : 's were'} split at sentence ends.`,
    );
  return { headline, dek, body: body.length > 0 ? body : input.body.slice(), notes };
}

function splitBlock(block: StoryBlock): StoryBlock[] {
  if (block.type === 'image' || block.type === 'section-break') return [block];
  if (block.type === 'bulleted-list' || block.type === 'numbered-list') {
    return [
      {
        ...block,
        children: block.children.flatMap((item) =>
          item.children.every((c) => 'text' in c)
            ? splitLeaves(item.children as StoryText[]).map((children) => ({ ...item, children }))
            : [item],
        ),
      },
    ];
  }
  const { type, children: leaves } = block;
  if (!leaves.every((c): c is StoryText => 'text' in c)) return [block];
  return splitLeaves(leaves).map((children): StoryBlock => ({ type, children }));
}
