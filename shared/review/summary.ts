import { blockText } from '../story';
import type { InlineNode, LinkElement, Story, StoryBlock, StoryText } from '../story';
import type { BlockChange, FormatMark, SuggestionMark } from './marks';
import { FORMAT_MARKS } from './marks';
import { acceptedBody, inlinesOf, isList } from './resolve';
import type { StoryComment } from './comments';

/** The kind of an open suggestion, as the Suggestions panel names it. */
export type SuggestionKind = 'insertion' | 'deletion' | 'replacement' | 'format' | 'block';

/** One open suggestion, gathered from every piece carrying its id. */
export interface SuggestionSummary {
  readonly id: string;
  readonly author: string;
  readonly at: string;
  readonly kind: SuggestionKind;
  /** What a reviewer reads: "Inserted “Calif.”", "Made heading", "Joined paragraphs". */
  readonly description: string;
  /** Index of the top-level block where it starts, for next/previous and scrolling. */
  readonly block: number;
}

const FORMAT_NAMES: Readonly<Record<FormatMark, string>> = {
  bold: 'bold',
  italic: 'italic',
  strikethrough: 'strikethrough',
  note: 'editor’s note',
};

const BLOCK_NAMES: Readonly<Record<string, string>> = {
  paragraph: 'paragraph',
  'heading-one': 'heading',
  'heading-two': 'subheading',
  blockquote: 'quote',
  'pull-quote': 'pull quote',
  'list-item': 'list item',
  'bulleted-list': 'bulleted list',
  'numbered-list': 'numbered list',
};

interface Gathered {
  mark: SuggestionMark;
  block: number;
  inserted: string;
  deleted: string;
  formats: Set<string>;
  blockChanges: string[];
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

/** Describes a format suggestion on one leaf: "Made bold", "Removed italic". */
export function describeFormat(leaf: StoryText): string[] {
  const old = leaf.fmt?.old ?? {};
  const out: string[] = [];
  for (const mark of FORMAT_MARKS) {
    const now = leaf[mark] === true;
    const was = old[mark] === true;
    if (now && !was) out.push(`Made ${FORMAT_NAMES[mark]}`);
    if (was && !now) out.push(`Removed ${FORMAT_NAMES[mark]}`);
  }
  return out.length > 0 ? out : ['Formatting'];
}

/** Describes a link change: "Linked “Lake Mead” to nps.gov", "Removed link from “levee”". */
export function describeLinkChange(link: LinkElement): string {
  const words = preview(link.children.map((leaf) => leaf.text).join(''));
  const host = link.url.replace(/^(https?:\/\/|mailto:)/i, '').replace(/[/?#].*$/, '');
  switch (link.linkChange?.kind) {
    case 'add':
      return `Linked “${words}” to ${host}`;
    case 'edit':
      return `Changed the link on “${words}” to ${host}`;
    case 'remove':
      return `Removed the link from “${words}”`;
    default:
      return 'Link';
  }
}

/** Describes a block change: "Made heading", "Split paragraph", "Joined paragraphs". */
export function describeBlockChange(change: BlockChange, currentType: string): string {
  switch (change.kind) {
    case 'type':
      return `Made ${BLOCK_NAMES[currentType] ?? currentType}`;
    case 'split':
      return 'Split paragraph';
    case 'join':
      return 'Joined paragraphs';
    case 'remove':
      return currentType === 'image' ? 'Removed picture' : 'Removed section break';
    case 'insert':
      return currentType === 'image'
        ? 'Inserted picture'
        : currentType === 'section-break'
          ? 'Inserted section break'
          : 'Inserted paragraph';
  }
}

/** Every open suggestion in story order, one entry per suggestion id. */
export function listSuggestions(body: ReadonlyArray<StoryBlock>): SuggestionSummary[] {
  const byId = new Map<string, Gathered>();
  const gather = (mark: SuggestionMark, block: number): Gathered => {
    let entry = byId.get(mark.id);
    if (!entry) {
      entry = { mark, block, inserted: '', deleted: '', formats: new Set(), blockChanges: [] };
      byId.set(mark.id, entry);
    }
    return entry;
  };
  const leaves = (children: ReadonlyArray<InlineNode>, block: number): void => {
    for (const child of children) {
      if (!('text' in child) && child.linkChange)
        gather(child.linkChange, block).formats.add(describeLinkChange(child));
      const list = 'text' in child ? [child] : child.children;
      for (const leaf of list) {
        if (leaf.ins) gather(leaf.ins, block).inserted += leaf.text;
        if (leaf.del) gather(leaf.del, block).deleted += leaf.text;
        if (leaf.fmt) for (const d of describeFormat(leaf)) gather(leaf.fmt, block).formats.add(d);
      }
    }
  };
  body.forEach((block, index) => {
    // The empty paragraph placed after an inserted picture goes with it, unnamed.
    const landing =
      block.change?.kind === 'insert' && block.type === 'paragraph' && blockText(block) === '';
    if (block.change && !landing)
      gather(block.change, index).blockChanges.push(describeBlockChange(block.change, block.type));
    else if (block.change) gather(block.change, index);
    if (isList(block)) {
      for (const item of block.children) {
        if (item.change)
          gather(item.change, index).blockChanges.push(
            describeBlockChange(
              item.change,
              item.change.kind === 'type' ? block.type : 'list-item',
            ),
          );
        leaves(item.children, index);
      }
    } else {
      leaves(inlinesOf(block), index);
    }
  });
  return [...byId.values()].map(({ mark, block, inserted, deleted, formats, blockChanges }) => {
    let kind: SuggestionKind;
    let description: string;
    if (inserted !== '' && deleted !== '') {
      kind = 'replacement';
      description = `Replaced “${preview(deleted)}” with “${preview(inserted)}”`;
    } else if (inserted !== '') {
      kind = 'insertion';
      description = `Inserted “${preview(inserted)}”`;
    } else if (deleted !== '') {
      kind = 'deletion';
      description = `Deleted “${preview(deleted)}”`;
    } else if (formats.size > 0) {
      kind = 'format';
      description = [...formats].join(', ');
    } else {
      kind = 'block';
      description = [...new Set(blockChanges)].join(', ');
    }
    if (kind !== 'block' && kind !== 'format' && blockChanges.length > 0)
      description += ` (${[...new Set(blockChanges)].join(', ').toLowerCase()})`;
    return { id: mark.id, author: mark.author, at: mark.at, kind, description, block };
  });
}

/** The story as it reads with every suggestion accepted and no comments: what leaves Galley. */
export function acceptedStory(story: Story): Story {
  const { comments: _comments, ...rest } = story;
  return { ...rest, body: acceptedBody(story.body) };
}

/** True when the story has suggestions or comments a reviewer should see before publishing. */
export function reviewState(story: Story): { suggestions: number; openComments: number } {
  return {
    suggestions: listSuggestions(story.body).length,
    openComments: (story.comments ?? []).filter((c) => c.resolved === undefined).length,
  };
}

/**
 * A block's text for the History compare, with review marks written as CriticMarkup, a plain
 * text notation editors know: {++inserted++}, {--deleted--}, and {>>note<<} for a paragraph or
 * format change. A version with open suggestions then reads as what it is.
 */
export function reviewText(block: StoryBlock): string {
  const notes: string[] = [];
  if (block.change)
    notes.push(`${describeBlockChange(block.change, block.type)} (${block.change.author})`);
  const leafText = (leaf: StoryText): string => {
    if (leaf.fmt) notes.push(`${describeFormat(leaf).join(', ')} (${leaf.fmt.author})`);
    if (leaf.del) return `{--${leaf.text}--}`;
    if (leaf.ins) return `{++${leaf.text}++}`;
    return leaf.text;
  };
  const inline = (children: ReadonlyArray<InlineNode>): string =>
    children
      .map((c) => {
        if ('text' in c) return leafText(c);
        if (c.linkChange) notes.push(`${describeLinkChange(c)} (${c.linkChange.author})`);
        return c.children.map(leafText).join('');
      })
      .join('');
  let text: string;
  if (isList(block)) text = block.children.map((item) => inline(item.children)).join('\n');
  else if (block.type === 'image') text = [block.caption, block.credit].filter(Boolean).join(' ');
  else text = inline(inlinesOf(block));
  return notes.length > 0 ? `{>>${[...new Set(notes)].join('; ')}<<} ${text}` : text;
}

/** The comments of a version in one line each, for the History compare's metadata rows. */
export function describeComments(comments: ReadonlyArray<StoryComment> | undefined): string {
  return (comments ?? [])
    .map((c) => {
      const replies =
        c.replies.length > 0
          ? `, ${c.replies.length} ${c.replies.length === 1 ? 'reply' : 'replies'}`
          : '';
      return `${c.author} on “${c.quote}”: ${c.text}${replies}${c.resolved ? ' (resolved)' : ''}`;
    })
    .join(' | ');
}
