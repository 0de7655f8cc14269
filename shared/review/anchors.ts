import type { InlineNode, StoryBlock } from '../story';
import type { StoryComment } from './comments';
import { inlinesOf, isList } from './resolve';

/** For each body comment still anchored, the index of the block where its text starts. */
export function commentBlocks(body: ReadonlyArray<StoryBlock>): Map<string, number> {
  const found = new Map<string, number>();
  const scan = (children: ReadonlyArray<InlineNode>, index: number): void => {
    for (const child of children)
      for (const leaf of 'text' in child ? [child] : child.children)
        for (const id of leaf.comments ?? []) if (!found.has(id)) found.set(id, index);
  };
  body.forEach((block, index) => {
    if (isList(block)) for (const item of block.children) scan(item.children, index);
    else scan(inlinesOf(block), index);
  });
  return found;
}

/** A comment as the panel shows it: where it sits, and whether its text is gone. */
export interface PlacedComment {
  readonly comment: StoryComment;
  /** -2 headline, -1 dek, else the body block index; deleted text sorts last. */
  readonly order: number;
  readonly textDeleted: boolean;
}

/** Comments in story order (headline, dek, body), each marked when its text was deleted. */
export function placeComments(
  comments: ReadonlyArray<StoryComment>,
  body: ReadonlyArray<StoryBlock>,
): PlacedComment[] {
  const blocks = commentBlocks(body);
  return comments
    .map((comment) => {
      if (comment.anchor.kind === 'field') {
        const textDeleted = comment.anchor.start >= comment.anchor.end;
        return { comment, order: comment.anchor.field === 'headline' ? -2 : -1, textDeleted };
      }
      const block = blocks.get(comment.id);
      return {
        comment,
        order: block ?? Number.MAX_SAFE_INTEGER,
        textDeleted: block === undefined,
      };
    })
    .sort((a, b) => a.order - b.order || a.comment.at.localeCompare(b.comment.at));
}
