import DOMPurify from 'dompurify';
import { htmlToBlocks } from '../../shared/html-to-blocks';
import type { HtmlNode } from '../../shared/html-to-blocks';
import type { StoryBlock } from '../../shared/story';
import { fitStory } from '../../shared/story-fit';

function toHtmlNodes(parent: ParentNode): HtmlNode[] {
  const out: HtmlNode[] = [];
  parent.childNodes.forEach((node) => {
    if (node.nodeType === Node.TEXT_NODE) out.push({ kind: 'text', text: node.textContent ?? '' });
    else if (node instanceof Element) {
      const attrs: Record<string, string> = {};
      for (const attr of Array.from(node.attributes)) attrs[attr.name.toLowerCase()] = attr.value;
      out.push({
        kind: 'element',
        tag: node.tagName.toLowerCase(),
        attrs,
        children: toHtmlNodes(node),
      });
    }
  });
  return out;
}

/**
 * Maps pasted HTML (Word, Google Docs, web pages) onto story blocks.
 *
 * DOMPurify removes scripts, event handlers, javascript: URLs and embedded frames first; the
 * shared mapper then keeps only what the story schema can hold.
 */
export function pastedHtmlToBlocks(html: string): StoryBlock[] {
  const fragment = DOMPurify.sanitize(html, {
    RETURN_DOM_FRAGMENT: true,
    FORBID_TAGS: [
      'style',
      'iframe',
      'frame',
      'object',
      'embed',
      'form',
      'input',
      'button',
      'textarea',
      'select',
      'svg',
      'math',
      'template',
      'video',
      'audio',
    ],
    FORBID_ATTR: ['srcset'],
  });
  const { headline, blocks } = htmlToBlocks(toHtmlNodes(fragment));
  // A pasted h1 is a heading inside the body, not a new headline.
  const all: StoryBlock[] = headline
    ? [{ type: 'heading-one', children: [{ text: headline }] }, ...blocks]
    : blocks;
  return fitPasted(all);
}

// A giant pasted paragraph is split at sentence ends, so the story always stays savable.
function fitPasted(blocks: StoryBlock[]): StoryBlock[] {
  return fitStory({ headline: '', dek: '', body: blocks }).body;
}

/** Splits pasted plain text into paragraphs on blank lines; single line breaks become spaces. */
export function pastedTextToBlocks(text: string): StoryBlock[] {
  const blocks: StoryBlock[] = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((chunk) => chunk.replace(/[ \t]*\n[ \t]*/g, ' '))
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => ({ type: 'paragraph', children: [{ text: chunk }] }));
  return fitPasted(blocks);
}
