import { z } from 'zod';

/**
 * Who suggested a change and when. The id groups the pieces of one suggestion: a replacement
 * is a deletion and an insertion with the same id, a paste over several paragraphs is one id.
 */
export interface SuggestionMark {
  readonly id: string;
  readonly author: string;
  /** ISO 8601 time. */
  readonly at: string;
}

/** The inline formats a format suggestion can change. */
export const FORMAT_MARKS = ['bold', 'italic', 'strikethrough', 'note'] as const;

/** One inline format. */
export type FormatMark = (typeof FORMAT_MARKS)[number];

/** A suggested formatting change: the leaf shows the new formats, `old` holds the previous ones. */
export interface FormatSuggestion extends SuggestionMark {
  readonly old: Readonly<Partial<Record<FormatMark, true>>>;
}

/** Block types a block change can remember (kept as strings: shared/story imports this file). */
export type SuggestedBlockType =
  'paragraph' | 'heading-one' | 'heading-two' | 'blockquote' | 'pull-quote' | 'list-item';

/**
 * A suggested change to a block:
 * - `type`: the block's type was changed from `oldType`;
 * - `split`: this block was split off the one before it;
 * - `join`: this block is to be joined onto the one before it;
 * - `remove`: this picture or section break is to be removed;
 * - `insert`: this picture or section break (and the paragraph placed after it) is new.
 */
export type BlockChange = SuggestionMark &
  (
    | {
        readonly kind: 'type';
        readonly oldType: SuggestedBlockType;
        /** A list item's list before the change ("Made paragraph" out of a numbered list). */
        readonly oldList?: 'bulleted-list' | 'numbered-list';
      }
    | { readonly kind: 'split' }
    | { readonly kind: 'join' }
    | { readonly kind: 'remove' }
    | { readonly kind: 'insert' }
  );

/**
 * A suggested change to a link: `add` (the link is new; the words were there), `edit` (its
 * address was `oldUrl`), `remove` (the link is to go; the words stay).
 */
export type LinkChange = SuggestionMark &
  (
    | { readonly kind: 'add' }
    | { readonly kind: 'edit'; readonly oldUrl: string }
    | { readonly kind: 'remove' }
  );

/** Text marks of review: suggested insertion, deletion and format, and comment anchors. */
export interface ReviewLeafMarks {
  readonly ins?: SuggestionMark;
  readonly del?: SuggestionMark;
  readonly fmt?: FormatSuggestion;
  /** Ids of the comments whose anchor covers this text. */
  readonly comments?: ReadonlyArray<string>;
}

const idSchema = z.string().regex(/^[a-z0-9-]{1,40}$/i);
const markFields = {
  id: idSchema,
  author: z.string().max(200),
  at: z.iso.datetime(),
};

/** Validates a suggestion mark read from disk or sent by the UI. */
export const suggestionMarkSchema = z.object(markFields).strict();

/** Validates a format suggestion. */
export const formatSuggestionSchema = z
  .object({
    ...markFields,
    old: z
      .object({
        bold: z.literal(true).optional(),
        italic: z.literal(true).optional(),
        strikethrough: z.literal(true).optional(),
        note: z.literal(true).optional(),
      })
      .strict(),
  })
  .strict();

/** Validates a block change. */
export const blockChangeSchema = z.discriminatedUnion('kind', [
  z
    .object({
      ...markFields,
      kind: z.literal('type'),
      oldType: z.enum([
        'paragraph',
        'heading-one',
        'heading-two',
        'blockquote',
        'pull-quote',
        'list-item',
      ]),
      oldList: z.enum(['bulleted-list', 'numbered-list']).optional(),
    })
    .strict(),
  z.object({ ...markFields, kind: z.literal('split') }).strict(),
  z.object({ ...markFields, kind: z.literal('join') }).strict(),
  z.object({ ...markFields, kind: z.literal('remove') }).strict(),
  z.object({ ...markFields, kind: z.literal('insert') }).strict(),
]);

/** Schema fields a text leaf gains for review. */
export const reviewLeafFields = {
  ins: suggestionMarkSchema.optional(),
  del: suggestionMarkSchema.optional(),
  fmt: formatSuggestionSchema.optional(),
  comments: z.array(idSchema).max(100).readonly().optional(),
};

/** A new id for a suggestion or comment: unique within a story, short enough to read in story.json. */
export function newReviewId(prefix: 's' | 'c' | 'r'): string {
  const random = Math.floor(Math.random() * 36 ** 8)
    .toString(36)
    .padStart(8, '0');
  return `${prefix}-${Date.now().toString(36)}${random}`;
}

/** Validates a link change (the old address is checked by the story schema's link rule). */
export const linkChangeSchema = z.discriminatedUnion('kind', [
  z.object({ ...markFields, kind: z.literal('add') }).strict(),
  z.object({ ...markFields, kind: z.literal('edit'), oldUrl: z.string().max(4_000) }).strict(),
  z.object({ ...markFields, kind: z.literal('remove') }).strict(),
]);
