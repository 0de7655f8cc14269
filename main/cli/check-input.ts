import { Parser } from 'htmlparser2';
import { migrateStoryData, storySchema } from '../../shared/story';
import type { Story, StoryBlock } from '../../shared/story';
import { nodeText } from '../../shared/story';

/** A piece of text to check and where it sits in the file. */
export interface CheckBlock {
  readonly text: string;
  /** UTF-16 offset of the block in the file's text (txt, md, html). */
  readonly offset: number;
  /** For story.json: which field or body block, reported as the "line". */
  readonly label?: string;
}

// Replaces a match with spaces of the same length, so offsets stay true to the file.
function blank(text: string, pattern: RegExp): string {
  return text.replace(pattern, (m) => m.replace(/[^\n]/g, ' '));
}

/** Paragraphs of a text file, separated by blank lines, with their offsets. */
export function textBlocks(text: string): CheckBlock[] {
  const blocks: CheckBlock[] = [];
  const separator = /\n[ \t]*\n/g;
  let start = 0;
  for (let m = separator.exec(text); ; m = separator.exec(text)) {
    const end = m ? m.index : text.length;
    const chunk = text.slice(start, end);
    if (chunk.trim() !== '') blocks.push({ text: chunk, offset: start });
    if (!m) break;
    start = m.index + m[0].length;
  }
  return blocks;
}

/** Markdown: the text with link targets, code and markup blanked out, offsets kept. */
export function markdownBlocks(text: string): CheckBlock[] {
  let masked = blank(text, /```[\s\S]*?```/g);
  masked = blank(masked, /`[^`\n]*`/g);
  masked = masked.replace(/\]\(([^)\s]*)\)/g, (m) => `]${' '.repeat(m.length - 1)}`);
  masked = blank(masked, /<https?:[^>\s]+>|https?:\/\/\S+/g);
  masked = masked.replace(/^(\s{0,3}#{1,6}|\s*[-*+]|\s*\d+\.|\s*>)\s/gm, (m) =>
    ' '.repeat(m.length),
  );
  return textBlocks(masked);
}

/** HTML: each run of text between tags, entities blanked, offsets into the file. */
export function htmlBlocks(html: string): CheckBlock[] {
  const blocks: CheckBlock[] = [];
  let skip = 0;
  const parser = new Parser(
    {
      onopentagname(name) {
        if (
          name === 'script' ||
          name === 'style' ||
          name === 'head' ||
          name === 'template' ||
          name === 'code' ||
          name === 'pre'
        )
          skip++;
      },
      onclosetag(name) {
        if (
          (name === 'script' ||
            name === 'style' ||
            name === 'head' ||
            name === 'template' ||
            name === 'code' ||
            name === 'pre') &&
          skip > 0
        )
          skip--;
      },
      ontext(data) {
        if (skip > 0 || data.trim() === '') return;
        // Entities become zero-width spaces: word breaks that are not doubled spaces.
        blocks.push({
          text: data.replace(/&[#a-zA-Z0-9]+;/g, (m) => '\u200b'.repeat(m.length)),
          offset: parser.startIndex,
        });
      },
    },
    { decodeEntities: false },
  );
  parser.write(html);
  parser.end();
  return blocks;
}

/** story.json: headline, dek, byline, body blocks and captions, each labeled. */
export function storyBlocks(json: string): CheckBlock[] {
  const parsed = storySchema.safeParse(migrateStoryData(JSON.parse(json)));
  if (!parsed.success) throw new Error('it is not a Galley story.json');
  const story = parsed.data as Story;
  const blocks: CheckBlock[] = [
    { text: story.headline, offset: 0, label: 'headline' },
    { text: story.dek, offset: 0, label: 'dek' },
    { text: story.byline, offset: 0, label: 'byline' },
  ];
  story.body.forEach((block: StoryBlock, index) =>
    blocks.push({ text: nodeText(block), offset: 0, label: `body.${index + 1}` }),
  );
  return blocks.filter((block) => block.text.trim() !== '');
}
