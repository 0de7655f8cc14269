import type { InlineNode, StoryBlock, StoryText } from '../story';
import { acceptedBody } from '../review/resolve';

/** Leaves without editor's notes: notes never leave Galley. */
export function publishedLeaves(children: ReadonlyArray<InlineNode>): InlineNode[] {
  const out: InlineNode[] = [];
  for (const child of children) {
    if ('text' in child) {
      if (!child.note && child.text !== '') out.push(child);
    } else {
      const kept = child.children.filter((leaf) => !leaf.note && leaf.text !== '');
      if (kept.length > 0) out.push({ ...child, children: kept });
    }
  }
  return out;
}

/**
 * Blocks as published: open suggestions accepted, comment anchors and notes removed, blocks left
 * empty by that dropped. Every export and publish goes through here.
 */
export function publishedBlocks(body: ReadonlyArray<StoryBlock>): StoryBlock[] {
  const out: StoryBlock[] = [];
  for (const block of acceptedBody(body)) {
    switch (block.type) {
      case 'bulleted-list':
      case 'numbered-list': {
        const items = block.children
          .map((item) => ({ ...item, children: publishedLeaves(item.children) }))
          .filter((item) => item.children.length > 0);
        if (items.length > 0) out.push({ type: block.type, children: items });
        break;
      }
      case 'section-break':
      case 'image':
        out.push(block);
        break;
      default: {
        const children = publishedLeaves(block.children);
        if (children.some((c) => ('text' in c ? c.text.trim() !== '' : true)))
          out.push({ type: block.type, children });
      }
    }
  }
  return out;
}

/** Renders inline nodes with a caller's markup for each mark and for links. */
export function renderInlines(
  children: ReadonlyArray<InlineNode>,
  render: { text: (leaf: StoryText) => string; link: (url: string, inner: string) => string },
): string {
  return children
    .map((child) =>
      'text' in child
        ? render.text(child)
        : render.link(child.url, child.children.map(render.text).join('')),
    )
    .join('');
}
