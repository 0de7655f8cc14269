import { z } from 'zod';
import type { BlockChange, LinkChange, ReviewLeafMarks } from './review/marks';
import { blockChangeSchema, linkChangeSchema, reviewLeafFields } from './review/marks';
import type { StoryComment } from './review/comments';
import { storyCommentSchema } from './review/comments';

/**
 * The on-disk format version this build writes.
 *
 * A story.json with a higher number was written by a newer Galley; it is listed as damaged
 * rather than opened, so an older build can never silently drop fields it does not know.
 */
export const STORY_FORMAT = 2;

/**
 * Brings a story.json written in an older format up to this one. Format 2 added suggestions and
 * comments, which are optional, so a format-1 story is already valid once relabelled.
 */
export function migrateStoryData(data: unknown): unknown {
  if (data !== null && typeof data === 'object' && (data as { format?: unknown }).format === 1)
    return { ...(data as object), format: 2 };
  return data;
}

/** Where a story is in the newsroom's workflow, in order. */
export const STORY_STATUSES = ['draft', 'editing', 'copy desk', 'ready', 'published'] as const;

/** One workflow status. */
export type StoryStatus = (typeof STORY_STATUSES)[number];

/** A run of text with its inline formatting and its review marks (suggestions, comments). */
export interface StoryText extends ReviewLeafMarks {
  readonly text: string;
  readonly bold?: true;
  readonly italic?: true;
  readonly strikethrough?: true;
  /** Editor's note: visible while editing, never counted, exported or published. */
  readonly note?: true;
}

/** An inline link (http, https or mailto only). */
export interface LinkElement {
  readonly type: 'link';
  readonly url: string;
  /** Links are inline: block changes never apply to them. */
  readonly change?: never;
  /** A suggested addition, new address or removal (see shared/review/marks). */
  readonly linkChange?: LinkChange;
  readonly children: ReadonlyArray<StoryText>;
}

/** What a text block holds. */
export type InlineNode = StoryText | LinkElement;

/** Blocks that hold text directly. */
export const TEXT_BLOCK_TYPES = [
  'paragraph',
  'heading-one',
  'heading-two',
  'blockquote',
  'pull-quote',
] as const;

/** One text block type. */
export type TextBlockType = (typeof TEXT_BLOCK_TYPES)[number];

/** List types. */
export const LIST_TYPES = ['bulleted-list', 'numbered-list'] as const;

/** One list type. */
export type ListType = (typeof LIST_TYPES)[number];

/** Every block type the toolbar can switch between. */
export type BlockType = TextBlockType | ListType;

/** A paragraph, heading or quote. */
export interface TextBlock {
  readonly type: TextBlockType;
  /** A suggested change to this block (its type, a split or join). */
  readonly change?: BlockChange;
  readonly children: ReadonlyArray<InlineNode>;
}

/** One item of a list. */
export interface ListItemElement {
  readonly type: 'list-item';
  readonly change?: BlockChange;
  readonly children: ReadonlyArray<InlineNode>;
}

/** A bulleted or numbered list. */
export interface ListElement {
  readonly type: ListType;
  readonly change?: BlockChange;
  readonly children: ReadonlyArray<ListItemElement>;
}

/** A section break (a void block: it holds no text). */
export interface SectionBreakElement {
  readonly type: 'section-break';
  readonly change?: BlockChange;
  readonly children: ReadonlyArray<StoryText>;
}

/** A photo with its caption and credit (a void block). */
export interface ImageElement {
  readonly type: 'image';
  readonly change?: BlockChange;
  /** An https: URL, or `asset:images/<file>` for a file copied into the story's folder. */
  readonly src: string;
  readonly alt: string;
  readonly caption: string;
  readonly credit: string;
  readonly children: ReadonlyArray<StoryText>;
}

/** A top-level block of the story body. */
export type StoryBlock = TextBlock | ListElement | SectionBreakElement | ImageElement;

/** Any element that can appear in a body. */
export type StoryElement = StoryBlock | ListItemElement | LinkElement;

/** Nodes of the body tree. */
export type StoryNode = StoryElement | StoryText;

/** A complete story: metadata and body, exactly as stored in story.json. */
export interface Story {
  readonly format: typeof STORY_FORMAT;
  readonly id: string;
  readonly slug: string;
  readonly headline: string;
  readonly dek: string;
  readonly byline: string;
  readonly dateline: string;
  readonly section: string;
  readonly tags: ReadonlyArray<string>;
  readonly status: StoryStatus;
  /** Assigned length in words; 0 means no budget. */
  readonly wordBudget: number;
  /** ISO 8601 times. */
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly body: ReadonlyArray<StoryBlock>;
  /** Words the copy desk chose to ignore in this story only. */
  readonly proofIgnore?: ReadonlyArray<string>;
  /** Where the story was published, per CMS profile id, so a re-publish updates that post. */
  readonly published?: Readonly<
    Record<
      string,
      {
        readonly remoteId: string;
        readonly url: string;
        readonly at: string;
        readonly modified?: string;
      }
    >
  >;
  /** Comments about the story (anchored in the body by marks, in fields by offsets). */
  readonly comments?: ReadonlyArray<StoryComment>;
}

/** What the library sidebar needs to show one story without loading its body. */
export interface StorySummary {
  readonly id: string;
  readonly slug: string;
  readonly headline: string;
  readonly status: StoryStatus;
  /** The desk's section ("Metro"); empty when none is set. */
  readonly section: string;
  readonly wordCount: number;
  readonly updatedAt: string;
}

/** A story folder whose story.json cannot be opened, with the reason in plain words. */
export interface DamagedStory {
  readonly id: string;
  readonly reason: string;
}

/** Story ids are generated by Galley; anything else could be a path trick. */
export const storyIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{5,63}$/, 'A story id has 6 to 64 lowercase letters, digits or dashes');

/** Longest headline, dek, byline or dateline the schema accepts. */
export const MAX_FIELD_CHARS = 2_000;
const MAX_FIELD = MAX_FIELD_CHARS;

const storyTextSchema = z
  .object({
    text: z.string().max(5_000_000),
    bold: z.literal(true).optional(),
    italic: z.literal(true).optional(),
    strikethrough: z.literal(true).optional(),
    note: z.literal(true).optional(),
    ...reviewLeafFields,
  })
  .strict();

// Characters a URL never needs raw (RFC 3986 has them percent-encoded); raw, they let an
// address break out of the markup or Markdown it is written into.
// eslint-disable-next-line no-control-regex -- control characters are what is refused
const UNSAFE_URL_CHARS = /[\s<>"'`\\{}|^\u0000-\u001f\u007f]/g;
const SAFE_LINK =
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  /^(https?:\/\/[^\s/$.?#<>"'`\\{}|^\u0000-\u001f\u007f][^\s<>"'`\\{}|^\u0000-\u001f\u007f]*|mailto:[^\s@<>"'`]+@[^\s@<>"'`]+)$/i;
// eslint-disable-next-line no-control-regex -- control characters are what is refused
const SAFE_HTTPS = /^https:\/\/[^\s<>"'`\\{}|^\u0000-\u001f\u007f]+$/i;

/** Percent-encodes the characters a URL must not carry raw, leaving the address the same. */
export function encodeUnsafeUrlChars(url: string): string {
  return url
    .trim()
    .replace(
      UNSAFE_URL_CHARS,
      (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
    );
}

/** Only web and mail links: anything else (javascript:, data:, file:) could run or leak. */
export function isSafeLinkUrl(url: string): boolean {
  return SAFE_LINK.test(url.trim());
}

/** Image sources: https URLs or files in the story's own folder. */
export function isSafeImageSrc(src: string): boolean {
  return SAFE_HTTPS.test(src) || /^asset:images\/[a-z0-9]{8,64}\.(png|jpe?g|gif|webp)$/.test(src);
}

const linkSchema = z
  .object({
    type: z.literal('link'),
    url: z
      .string()
      .max(4_000)
      .refine(isSafeLinkUrl, 'Links must be http, https or mailto addresses'),
    linkChange: linkChangeSchema
      .refine(
        (change) => change.kind !== 'edit' || isSafeLinkUrl(change.oldUrl),
        'Links must be http, https or mailto addresses',
      )
      .optional(),
    children: z.array(storyTextSchema).min(1).readonly(),
  })
  .strict();

const inlineSchema = z.union([storyTextSchema, linkSchema]);
const inlines = z.array(inlineSchema).min(1).readonly();
const voidChildren = z.array(storyTextSchema).length(1).readonly();

const change = blockChangeSchema.optional();
const storyBlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.enum(TEXT_BLOCK_TYPES), change, children: inlines }).strict(),
  z
    .object({
      type: z.enum(LIST_TYPES),
      change,
      children: z
        .array(z.object({ type: z.literal('list-item'), change, children: inlines }).strict())
        .min(1)
        .readonly(),
    })
    .strict(),
  z.object({ type: z.literal('section-break'), change, children: voidChildren }).strict(),
  z
    .object({
      type: z.literal('image'),
      change,
      src: z
        .string()
        .max(4_000)
        .refine(isSafeImageSrc, 'Images must be https addresses or files in the story folder'),
      alt: z.string().max(2_000),
      caption: z.string().max(5_000),
      credit: z.string().max(500),
      children: voidChildren,
    })
    .strict(),
]);

/** Validates a whole story, as read from disk or received from the UI. */
export const storySchema = z
  .object({
    format: z.literal(STORY_FORMAT),
    id: storyIdSchema,
    slug: z.string().max(200),
    headline: z.string().max(MAX_FIELD),
    dek: z.string().max(MAX_FIELD),
    byline: z.string().max(MAX_FIELD),
    dateline: z.string().max(MAX_FIELD),
    section: z.string().max(200),
    tags: z.array(z.string().max(200)).max(100).readonly(),
    status: z.enum(STORY_STATUSES),
    wordBudget: z.number().int().min(0).max(1_000_000),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    body: z.array(storyBlockSchema).min(1).readonly(),
    proofIgnore: z.array(z.string().max(100)).max(5_000).readonly().optional(),
    published: z
      .record(
        z.string().max(40),
        z
          .object({
            remoteId: z.string().max(100),
            url: z.string().max(2_000),
            at: z.string().max(40),
            /** The CMS's last-modified time of the post when Galley last wrote it. */
            modified: z.string().max(40).optional(),
          })
          .strict(),
      )
      .optional(),
    comments: z.array(storyCommentSchema).max(5_000).readonly().optional(),
  })
  .strict();

/** An empty body: Slate needs at least one block to put the cursor in. */
export function emptyBody(): StoryBlock[] {
  return [{ type: 'paragraph', children: [{ text: '' }] }];
}

/** Builds a new story with every field filled in. */
export function newStory(id: string, now: Date, fields: Partial<Story> = {}): Story {
  const time = now.toISOString();
  return {
    format: STORY_FORMAT,
    id,
    slug: '',
    headline: '',
    dek: '',
    byline: '',
    dateline: '',
    section: '',
    tags: [],
    status: 'draft',
    wordBudget: 0,
    createdAt: time,
    updatedAt: time,
    body: emptyBody(),
    ...fields,
  };
}

/** True for a text leaf (as opposed to an element). */
export function isText(node: StoryNode): node is StoryText {
  return 'text' in node && !('type' in node);
}

/**
 * The plain text of a node. Editor's notes and suggested deletions are left out unless asked
 * for, because they are never counted, exported or published.
 */
export function nodeText(node: StoryNode, includeNotes = false): string {
  // A suggested deletion is not part of the story as it would read once reviewed.
  if (isText(node)) return (node.note || node.del) && !includeNotes ? '' : node.text;
  if (node.type === 'image' && node.change?.kind === 'remove' && !includeNotes) return '';
  if (node.type === 'image')
    return [node.caption, node.credit].filter((part) => part !== '').join(' ');
  const separator = node.type === 'bulleted-list' || node.type === 'numbered-list' ? '\n' : '';
  return node.children.map((child) => nodeText(child as StoryNode, includeNotes)).join(separator);
}

/** The plain text of one block, notes excluded (safe to pass to `map`). */
export function blockText(block: StoryBlock): string {
  return nodeText(block);
}

/** Summarizes a story for the library list. */
export function summarize(story: Story, wordCount: number): StorySummary {
  return {
    id: story.id,
    slug: story.slug,
    headline: story.headline,
    status: story.status,
    section: story.section,
    wordCount,
    updatedAt: story.updatedAt,
  };
}
