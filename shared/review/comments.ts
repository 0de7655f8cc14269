import { z } from 'zod';

/** Fields of a story's metadata that take comments. */
export const COMMENTABLE_FIELDS = ['headline', 'dek'] as const;

/** One commentable field. */
export type CommentableField = (typeof COMMENTABLE_FIELDS)[number];

/**
 * Where a comment is anchored. Body comments are anchored by marks on the text itself
 * (`comments` on the leaves), so the anchor follows its words through any edit Slate makes;
 * field comments keep character offsets that `shiftFieldAnchor` moves as the field changes.
 */
export type CommentAnchor =
  | { readonly kind: 'body' }
  | {
      readonly kind: 'field';
      readonly field: CommentableField;
      readonly start: number;
      readonly end: number;
    };

/** A reply in a comment's thread. */
export interface CommentReply {
  readonly id: string;
  readonly author: string;
  readonly at: string;
  readonly text: string;
  readonly editedAt?: string;
}

/** A comment about part of the story, with its thread. */
export interface StoryComment {
  readonly id: string;
  readonly author: string;
  readonly at: string;
  readonly text: string;
  readonly editedAt?: string;
  readonly anchor: CommentAnchor;
  /** The text the comment was made on, shown when that text has been deleted. */
  readonly quote: string;
  readonly replies: ReadonlyArray<CommentReply>;
  readonly resolved?: { readonly by: string; readonly at: string };
}

const idSchema = z.string().regex(/^[a-z0-9-]{1,40}$/i);
const replySchema = z
  .object({
    id: idSchema,
    author: z.string().max(200),
    at: z.iso.datetime(),
    text: z.string().min(1).max(10_000),
    editedAt: z.iso.datetime().optional(),
  })
  .strict();

/** Validates one comment. */
export const storyCommentSchema = z
  .object({
    id: idSchema,
    author: z.string().max(200),
    at: z.iso.datetime(),
    text: z.string().min(1).max(10_000),
    editedAt: z.iso.datetime().optional(),
    anchor: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('body') }).strict(),
      z
        .object({
          kind: z.literal('field'),
          field: z.enum(COMMENTABLE_FIELDS),
          start: z.number().int().min(0),
          end: z.number().int().min(0),
        })
        .strict(),
    ]),
    quote: z.string().max(5_000),
    replies: z.array(replySchema).max(500).readonly(),
    resolved: z
      .object({ by: z.string().max(200), at: z.iso.datetime() })
      .strict()
      .optional(),
  })
  .strict();

/**
 * Moves a field comment's offsets through an edit of the field (old value → new value).
 *
 * The edit is taken as one replaced span (common start and end kept), which is what typing,
 * deleting and pasting in a one-line field produce. Text typed inside the anchor widens it;
 * an anchor whose every character was removed comes back with start === end ("text deleted").
 */
export function shiftFieldAnchor(
  range: { readonly start: number; readonly end: number },
  before: string,
  after: string,
): { start: number; end: number } {
  if (before === after) return { start: range.start, end: range.end };
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  )
    suffix++;
  const oldEnd = before.length - suffix;
  const newEnd = after.length - suffix;
  const delta = after.length - before.length;
  const move = (offset: number, isEnd: boolean): number => {
    if (offset < prefix || (offset === prefix && !isEnd)) return offset;
    if (offset >= oldEnd) return offset + delta;
    // Inside the replaced span: a start goes to where the new text begins, an end to where it
    // ends, so typing over part of the anchor keeps what was typed inside it.
    return isEnd ? newEnd : prefix;
  };
  let start = move(range.start, false);
  let end = move(range.end, true);
  // The anchor was entirely inside the span that was replaced: nothing of it is left.
  if (range.start >= prefix && range.end <= oldEnd && range.start < range.end) {
    const kept = after.slice(prefix, newEnd);
    if (kept === '' || oldEnd - prefix > range.end - range.start) {
      start = prefix;
      end = prefix;
    }
  }
  return {
    start: Math.min(start, after.length),
    end: Math.max(Math.min(end, after.length), start),
  };
}

/** A comment's thread as shown: open ones first in story order is the panel's job. */
export function isOpenComment(comment: StoryComment): boolean {
  return comment.resolved === undefined;
}

/** Moves every comment anchored in a field through an edit of that field. */
export function shiftFieldComments(
  comments: ReadonlyArray<StoryComment>,
  field: CommentableField,
  before: string,
  after: string,
): ReadonlyArray<StoryComment> {
  let changed = false;
  const next = comments.map((comment) => {
    const { anchor } = comment;
    if (anchor.kind !== 'field' || anchor.field !== field) return comment;
    const moved = shiftFieldAnchor(anchor, before, after);
    if (moved.start === anchor.start && moved.end === anchor.end) return comment;
    changed = true;
    return { ...comment, anchor: { ...anchor, ...moved } };
  });
  return changed ? next : comments;
}
