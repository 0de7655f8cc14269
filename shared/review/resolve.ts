import type {
  ImageElement,
  InlineNode,
  LinkElement,
  ListElement,
  ListItemElement,
  ListType,
  SectionBreakElement,
  StoryBlock,
  StoryText,
} from '../story';
import type { BlockChange, FormatMark, LinkChange, SuggestionMark } from './marks';
import { FORMAT_MARKS } from './marks';

/** What the reviewer does with a suggestion. */
export type ReviewAction = 'accept' | 'reject';

/** Picks the suggestions an action applies to (one id, one author, or all). */
export type SuggestionPick = (mark: SuggestionMark) => boolean;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A text leaf after accepting or rejecting the picked suggestions on it; `null` when its text
 * goes (an accepted deletion, a rejected insertion).
 *
 * The renderer applies the same decision through Slate transforms, so the editor and
 * `galley export` can never disagree about what a story reads once reviewed.
 */
export function resolveLeaf(
  leaf: StoryText,
  pick: SuggestionPick,
  action: ReviewAction,
): StoryText | null {
  let out: Mutable<StoryText> | undefined;
  const edit = (): Mutable<StoryText> => (out ??= { ...leaf });
  if (leaf.del && pick(leaf.del)) {
    if (action === 'accept') return null;
    delete edit().del;
  }
  if (leaf.ins && pick(leaf.ins)) {
    if (action === 'reject') return null;
    delete edit().ins;
  }
  if (leaf.fmt && pick(leaf.fmt)) {
    const next = edit();
    if (action === 'reject') {
      for (const mark of FORMAT_MARKS) delete next[mark];
      Object.assign(next, leaf.fmt.old);
    }
    delete next.fmt;
  }
  return out ?? leaf;
}

/** What happens to a block when the picked change on it is resolved. */
export type BlockOutcome =
  | { readonly kind: 'keep' }
  | { readonly kind: 'unset' }
  | {
      readonly kind: 'set-type';
      readonly type: NonNullable<BlockChange & { kind: 'type' }>['oldType'];
      /** For a list item: the list it goes back into. */
      readonly list?: ListType;
    }
  | { readonly kind: 'merge' }
  | { readonly kind: 'remove' };

/** The decision for a block carrying a change (see `BlockChange`). */
export function resolveBlockChange(
  change: BlockChange | undefined,
  pick: SuggestionPick,
  action: ReviewAction,
): BlockOutcome {
  if (!change || !pick(change)) return { kind: 'keep' };
  switch (change.kind) {
    case 'type':
      return action === 'accept'
        ? { kind: 'unset' }
        : {
            kind: 'set-type',
            type: change.oldType,
            ...(change.oldList ? { list: change.oldList } : {}),
          };
    case 'split':
      return action === 'accept' ? { kind: 'unset' } : { kind: 'merge' };
    case 'join':
      return action === 'accept' ? { kind: 'merge' } : { kind: 'unset' };
    case 'remove':
      return action === 'accept' ? { kind: 'remove' } : { kind: 'unset' };
    case 'insert':
      return action === 'accept' ? { kind: 'unset' } : { kind: 'remove' };
  }
}

function sameMarks(a: StoryText, b: StoryText): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  keys.delete('text');
  for (const key of keys)
    if (JSON.stringify(a[key as keyof StoryText]) !== JSON.stringify(b[key as keyof StoryText]))
      return false;
  return true;
}

/** Joins neighbouring runs with the same marks, as the editor itself does. */
function mergeRuns(leaves: ReadonlyArray<StoryText>): StoryText[] {
  const out: StoryText[] = [];
  for (const leaf of leaves) {
    const last = out[out.length - 1];
    if (last && sameMarks(last, leaf))
      out[out.length - 1] = { ...last, text: last.text + leaf.text };
    else out.push(leaf);
  }
  return out;
}

function mergeInlineRuns(children: ReadonlyArray<InlineNode>): InlineNode[] {
  const out: InlineNode[] = [];
  for (const child of children) {
    const last = out[out.length - 1];
    if ('text' in child && last && 'text' in last && sameMarks(last, child))
      out[out.length - 1] = { ...last, text: last.text + child.text };
    else out.push('text' in child ? child : { ...child, children: mergeRuns(child.children) });
  }
  return out;
}

function resolveInlines(
  children: ReadonlyArray<InlineNode>,
  pick: SuggestionPick,
  action: ReviewAction,
): InlineNode[] {
  const out: InlineNode[] = [];
  for (const child of children) {
    if ('text' in child) {
      const leaf = resolveLeaf(child, pick, action);
      if (leaf) out.push(leaf);
    } else {
      const leaves = child.children
        .map((leaf) => resolveLeaf(leaf, pick, action))
        .filter((leaf): leaf is StoryText => leaf !== null);
      if (leaves.length === 0) continue;
      const outcome = resolveLinkChange(child.linkChange, pick, action);
      if (outcome.kind === 'unwrap') out.push(...leaves);
      else out.push(linkAfter(child, leaves, outcome));
    }
  }
  return out.length > 0 ? mergeInlineRuns(out) : [{ text: '' }];
}

/** What happens to a link when the picked change on it is resolved. */
export type LinkOutcome =
  | { readonly kind: 'keep' }
  | { readonly kind: 'unset' }
  | { readonly kind: 'unwrap' }
  | { readonly kind: 'set-url'; readonly url: string };

/** The decision for a link carrying a change (see `LinkChange`). */
export function resolveLinkChange(
  change: LinkChange | undefined,
  pick: SuggestionPick,
  action: ReviewAction,
): LinkOutcome {
  if (!change || !pick(change)) return { kind: 'keep' };
  switch (change.kind) {
    case 'add':
      return action === 'accept' ? { kind: 'unset' } : { kind: 'unwrap' };
    case 'edit':
      return action === 'accept' ? { kind: 'unset' } : { kind: 'set-url', url: change.oldUrl };
    case 'remove':
      return action === 'accept' ? { kind: 'unwrap' } : { kind: 'unset' };
  }
}

function linkAfter(
  link: LinkElement,
  children: StoryText[],
  outcome: Exclude<LinkOutcome, { kind: 'unwrap' }>,
): LinkElement {
  if (outcome.kind === 'keep') return { ...link, children };
  const { linkChange: _resolved, ...rest } = link;
  return { ...rest, ...(outcome.kind === 'set-url' ? { url: outcome.url } : {}), children };
}

function withoutChange<T extends { readonly change?: BlockChange }>(node: T): T {
  const copy = { ...node } as Mutable<T>;
  delete copy.change;
  return copy;
}

type Blockish = StoryBlock | ListItemElement;

/** True for a bulleted or numbered list. */
export function isList(block: Blockish): block is ListElement {
  return block.type === 'bulleted-list' || block.type === 'numbered-list';
}

/** True for a picture or section break (blocks without text of their own). */
export function isVoidBlock(block: Blockish): block is ImageElement | SectionBreakElement {
  return block.type === 'image' || block.type === 'section-break';
}

/** The inline children of a block that holds text directly (empty for voids and lists). */
export function inlinesOf(block: Blockish): ReadonlyArray<InlineNode> {
  return isList(block) || isVoidBlock(block) ? [] : block.children;
}

function mergeInto(previous: Blockish, next: Blockish): Blockish | undefined {
  if (isVoidBlock(previous) || isVoidBlock(next)) return undefined;
  const tail = isList(next) ? next.children.flatMap((item) => item.children) : inlinesOf(next);
  if (isList(previous)) {
    const items = [...previous.children];
    const last = items.pop();
    if (!last) return undefined;
    return {
      ...previous,
      children: [...items, { ...last, children: mergeInlineRuns([...last.children, ...tail]) }],
    };
  }
  return { ...previous, children: mergeInlineRuns([...inlinesOf(previous), ...tail]) } as Blockish;
}

function resolveItems(
  items: ReadonlyArray<ListItemElement>,
  pick: SuggestionPick,
  action: ReviewAction,
  listType: ListType,
): Array<{ item: ListItemElement } | { block: StoryBlock }> {
  const out: Array<{ item: ListItemElement } | { block: StoryBlock }> = [];
  for (const raw of items) {
    const outcome = resolveBlockChange(raw.change, pick, action);
    const item: ListItemElement = { ...raw, children: resolveInlines(raw.children, pick, action) };
    const last = out[out.length - 1];
    if (outcome.kind === 'merge' && last) {
      const merged = mergeInto('item' in last ? last.item : last.block, withoutChange(item));
      if (merged) {
        out[out.length - 1] =
          'item' in last ? { item: merged as ListItemElement } : { block: merged as StoryBlock };
        continue;
      }
    }
    if (outcome.kind === 'set-type' && outcome.type !== 'list-item') {
      out.push({ block: { ...withoutChange(item), type: outcome.type } as StoryBlock });
      continue;
    }
    // Back into the list it came from ("Made numbered list" rejected): cut out of this one.
    if (outcome.kind === 'set-type' && outcome.list && outcome.list !== listType) {
      const back = { type: outcome.list, children: [withoutChange(item)] } as StoryBlock;
      RETURNED.add(back);
      out.push({ block: back });
      continue;
    }
    out.push({ item: outcome.kind === 'keep' ? item : withoutChange(item) });
  }
  return out;
}

/** A body with the picked suggestions accepted or rejected; pure, the input is not changed. */
export function resolveBody(
  body: ReadonlyArray<StoryBlock>,
  pick: SuggestionPick,
  action: ReviewAction,
): StoryBlock[] {
  const out: StoryBlock[] = [];
  for (const block of body) {
    const outcome = resolveBlockChange(block.change, pick, action);
    if (outcome.kind === 'remove') continue;
    let next: StoryBlock;
    if (isList(block)) {
      // Items whose list change is rejected leave the list, cutting it in two around them.
      let items: ListItemElement[] = [];
      const flush = (): void => {
        if (items.length > 0) pushJoiningLists(out, { ...block, children: items });
        items = [];
      };
      for (const part of resolveItems(block.children, pick, action, block.type)) {
        if ('item' in part) items.push(part.item);
        else {
          flush();
          pushJoiningLists(out, part.block, RETURNED.has(part.block));
        }
      }
      if (items.length > 0) {
        const listBlock = { ...block, children: items } as StoryBlock;
        pushJoiningLists(out, outcome.kind === 'keep' ? listBlock : withoutChange(listBlock));
      }
      continue;
    }
    if (isVoidBlock(block)) next = block;
    else
      next = { ...block, children: resolveInlines(inlinesOf(block), pick, action) } as StoryBlock;
    if (outcome.kind === 'merge') {
      const previous = out[out.length - 1];
      const merged = previous ? mergeInto(previous, next) : undefined;
      if (merged) {
        out[out.length - 1] = merged as StoryBlock;
        continue;
      }
    }
    if (outcome.kind === 'set-type' && outcome.type === 'list-item' && outcome.list) {
      // A list item made a paragraph goes back into its list, joining its neighbours.
      const item = { ...withoutChange(next), type: 'list-item' } as unknown as ListItemElement;
      pushJoiningLists(out, { type: outcome.list, children: [item] } as StoryBlock, true);
      continue;
    }
    if (outcome.kind === 'set-type')
      next = {
        ...next,
        type: outcome.type === 'list-item' ? 'paragraph' : outcome.type,
      } as StoryBlock;
    out.push(outcome.kind === 'keep' ? next : withoutChange(next));
  }
  return out.length > 0 ? out : [{ type: 'paragraph', children: [{ text: '' }] }];
}

// Lists made by items going back where they came from; only these join their neighbours, so
// two lists a writer kept apart stay apart.
const RETURNED = new WeakSet<object>();

/** Appends a block; a list beside a returned item's list of the same type joins it. */
function pushJoiningLists(out: StoryBlock[], block: StoryBlock, returned = false): void {
  const previous = out[out.length - 1];
  if (
    previous &&
    isList(previous) &&
    isList(block) &&
    previous.type === block.type &&
    !previous.change &&
    !block.change &&
    (returned || RETURNED.has(previous))
  ) {
    const joined = { ...previous, children: [...previous.children, ...block.children] };
    // A returned item joins the list before it and then the one after it, no further.
    if (returned) RETURNED.add(joined);
    out[out.length - 1] = joined;
  } else {
    if (returned) RETURNED.add(block);
    out.push(block);
  }
}

const ALL: SuggestionPick = () => true;

function stripComments(children: ReadonlyArray<InlineNode>): InlineNode[] {
  return mergeInlineRuns(
    children.map((child) => {
      if ('text' in child) {
        if (!child.comments) return child;
        const copy = { ...child } as Mutable<StoryText>;
        delete copy.comments;
        return copy;
      }
      return { ...child, children: stripComments(child.children) as StoryText[] };
    }),
  );
}

/**
 * The body as it reads with every open suggestion accepted and no comment anchors: what is
 * counted, exported and published.
 */
export function acceptedBody(body: ReadonlyArray<StoryBlock>): StoryBlock[] {
  return resolveBody(body, ALL, 'accept').map((block) => {
    if (isVoidBlock(block)) return block;
    if (isList(block))
      return {
        ...block,
        children: block.children.map((item) => ({
          ...item,
          children: stripComments(item.children),
        })),
      };
    return { ...block, children: stripComments(inlinesOf(block)) } as StoryBlock;
  });
}

/** True when a format mark is one the leaf shows (for describing format suggestions). */
export function hasFormat(leaf: StoryText, mark: FormatMark): boolean {
  return leaf[mark] === true;
}
