import type { Story, StoryBlock, StoryText } from '../story';
import { escapeMarkdown } from './escape';
import { publishedBlocks, renderInlines } from './model';

function leafMd(leaf: StoryText): string {
  const text = escapeMarkdown(leaf.text);
  if (text.trim() === '') return text;
  // Marks wrap the words, not the spaces around them, or Markdown ignores them.
  const [, lead = '', core = '', trail = ''] = /^(\s*)(.*?)(\s*)$/s.exec(text) ?? [];
  let out = core;
  if (leaf.strikethrough) out = `~~${out}~~`;
  if (leaf.italic) out = `*${out}*`;
  if (leaf.bold) out = `**${out}**`;
  return `${lead}${out}${trail}`;
}

// Every character that could end the address or open markup is percent-encoded, so a hostile
// address stays one inert link whatever Markdown renderer reads the file.
function markdownUrl(url: string): string {
  return url.replace(
    // eslint-disable-next-line no-control-regex -- control characters are what is refused
    /[\s<>()[\]"'`\\{}|^\u0000-\u001f\u007f]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
}

function inlines(block: { readonly children: Parameters<typeof renderInlines>[0] }): string {
  return renderInlines(block.children, {
    text: leafMd,
    link: (url, inner) => `[${inner}](${markdownUrl(url)})`,
  });
}

function blockMd(block: StoryBlock): string {
  switch (block.type) {
    case 'paragraph':
      return inlines(block);
    case 'heading-one':
      return `## ${inlines(block)}`;
    case 'heading-two':
      return `### ${inlines(block)}`;
    case 'blockquote':
      return `> ${inlines(block)}`;
    case 'pull-quote':
      return `> **${inlines(block)}**`;
    case 'bulleted-list':
      return block.children.map((item) => `- ${inlines(item)}`).join('\n');
    case 'numbered-list':
      return block.children.map((item, i) => `${i + 1}. ${inlines(item)}`).join('\n');
    case 'section-break':
      return '* * *';
    case 'image': {
      const caption = [block.caption, block.credit ? `(${block.credit})` : '']
        .filter(Boolean)
        .join(' ');
      return `![${escapeMarkdown(block.alt)}](${markdownUrl(block.src.replace(/^asset:/, ''))})${caption ? `\n*${escapeMarkdown(caption)}*` : ''}`;
    }
  }
}

/** Markdown with the headline as a level-one heading, dek and byline under it. */
export function toMarkdown(story: Story): string {
  const parts = [`# ${escapeMarkdown(story.headline)}`];
  if (story.dek) parts.push(`*${escapeMarkdown(story.dek)}*`);
  if (story.byline) parts.push(escapeMarkdown(story.byline));
  // Trailing spaces would be a hard line break in Markdown.
  const body = publishedBlocks(story.body).map((block) => blockMd(block).replace(/[ \t]+$/gm, ''));
  if (story.dateline && body.length > 0) body[0] = `${escapeMarkdown(story.dateline)} — ${body[0]}`;
  return `${[...parts, ...body].join('\n\n')}\n`;
}
