import type { Story, StoryBlock } from '../story';
import { nodeText } from '../story';
import { publishedBlocks } from './model';

function blockText(block: StoryBlock): string {
  switch (block.type) {
    case 'bulleted-list':
      return block.children.map((item) => `- ${nodeText(item)}`).join('\n');
    case 'numbered-list':
      return block.children.map((item, i) => `${i + 1}. ${nodeText(item)}`).join('\n');
    case 'section-break':
      return '* * *';
    case 'image':
      return `[Photo: ${[block.caption, block.credit ? `(${block.credit})` : ''].filter(Boolean).join(' ')}]`;
    default:
      return nodeText(block);
  }
}

/** Plain text: headline, dek, byline, then paragraphs separated by blank lines. */
export function toText(story: Story): string {
  const head = [story.headline, story.dek, story.byline].filter((part) => part.trim() !== '');
  const body = publishedBlocks(story.body).map((block) => blockText(block).trimEnd());
  if (story.dateline && body.length > 0) body[0] = `${story.dateline} — ${body[0]}`;
  return `${[...head, ...body].join('\n\n')}\n`;
}
