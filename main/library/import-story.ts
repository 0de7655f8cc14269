import { parseDocument } from 'htmlparser2';
import type { ChildNode } from 'domhandler';
import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { GalleyError } from '../../shared/api';
import { htmlToBlocks } from '../../shared/html-to-blocks';
import type { HtmlNode } from '../../shared/html-to-blocks';
import { isBoilerplate } from '../../shared/proofing/boilerplate';
import { blockText, emptyBody } from '../../shared/story';
import { readWire, splitDateline } from '../../shared/wire-intake';
import { fitStory } from '../../shared/story-fit';
import type { StoryBlock, StoryText } from '../../shared/story';

/** What an imported file contributes to a new story. */
export interface ImportedStory {
  readonly headline: string;
  readonly dek: string;
  readonly body: StoryBlock[];
  /** Found in a wire story's first paragraph ("OAKLAND, Calif."), moved out of the body. */
  readonly dateline?: string;
  /** A "By …" line, moved out of the body. */
  readonly byline?: string;
}

// Only tags that map onto the story schema survive; scripts, iframes, event handlers and the
// like are removed before the mapper sees anything. `style` is kept on inline tags only so the
// mapper can read bold and italic from Word and Google Docs; it never reaches a story.
const ALLOWED_TAGS = [
  'p',
  'div',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'b',
  'em',
  'i',
  's',
  'strike',
  'del',
  'u',
  'cite',
  'ul',
  'ol',
  'li',
  'blockquote',
  'aside',
  'pre',
  'span',
  'a',
  'section',
  'article',
  'img',
  'figure',
  'figcaption',
];

/** Strips HTML down to the tags the story schema can hold, with only harmless attributes. */
export function sanitizeStoryHtml(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {
      a: ['href'],
      img: ['src', 'alt', 'width', 'height'],
      span: ['style'],
      b: ['style'],
      p: ['style', 'class'],
    },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['https'] },
    allowedStyles: {
      '*': {
        'font-weight': [/^(normal|bold|\d00)$/],
        'font-style': [/^(normal|italic)$/],
        'text-decoration': [/^line-through$/],
        'mso-list': [/^ignore$/i],
      },
    },
    allowedClasses: {
      p: [
        'MsoListParagraph',
        'MsoListParagraphCxSpFirst',
        'MsoListParagraphCxSpMiddle',
        'MsoListParagraphCxSpLast',
      ],
    },
    nonTextTags: [
      'script',
      'style',
      'textarea',
      'noscript',
      'title',
      'iframe',
      'object',
      'template',
      'head',
    ],
    disallowedTagsMode: 'discard',
  });
}

function toHtmlNodes(nodes: ChildNode[]): HtmlNode[] {
  const out: HtmlNode[] = [];
  for (const node of nodes) {
    if (node.type === 'text') out.push({ kind: 'text', text: node.data });
    else if (node.type === 'tag')
      out.push({
        kind: 'element',
        tag: node.name.toLowerCase(),
        attrs: { ...node.attribs },
        children: toHtmlNodes(node.children),
      });
  }
  return out;
}

/** Maps an HTML document onto story blocks (after sanitizing), with its h1 as headline. */
export function fromHtml(html: string, fallbackHeadline: string, title = ''): ImportedStory {
  const mapped = htmlToBlocks(toHtmlNodes(parseDocument(sanitizeStoryHtml(html)).children));
  const blocks = [...mapped.blocks];
  // The dateline leading the first real paragraph moves into its field, as for plain text.
  let dateline: string | undefined;
  const lead = blocks.findIndex(
    (b) => b.type === 'paragraph' && !isBoilerplate(blockText(b)) && blockText(b).trim() !== '',
  );
  const first = lead >= 0 ? blocks[lead] : undefined;
  if (first && first.type === 'paragraph' && 'text' in (first.children[0] ?? {})) {
    const leaf = first.children[0] as StoryText;
    const split = splitDateline(leaf.text);
    if (split) {
      dateline = split[0];
      blocks[lead] = {
        ...first,
        children: [{ ...leaf, text: split[1] }, ...first.children.slice(1)],
      };
    }
  }
  return {
    headline: mapped.headline || title || fallbackHeadline,
    dek: '',
    body: blocks.length > 0 ? blocks : emptyBody(),
    ...(dateline ? { dateline } : {}),
  };
}

/**
 * Turns the text of an imported file into a headline and body.
 *
 * `.txt` splits paragraphs on blank lines; `.md` is rendered to HTML first; HTML is
 * sanitized and then mapped block by block, so nothing executable can reach a story.
 */
export function importStoryText(fileName: string, text: string): ImportedStory {
  const parsed = parseImport(fileName, text);
  const fitted = fitStory(parsed);
  if (fitted.notes.length === 0)
    return { ...parsed, headline: fitted.headline, dek: fitted.dek, body: fitted.body };
  // The note is an editor's note: seen in Galley, never exported or published.
  const note: StoryBlock = {
    type: 'paragraph',
    children: [{ text: `Galley on import: ${fitted.notes.join(' ')}`, note: true }],
  };
  return { ...parsed, headline: fitted.headline, dek: fitted.dek, body: [note, ...fitted.body] };
}

function parseImport(fileName: string, text: string): ImportedStory {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  const fallbackHeadline = fileName
    .replace(/\.[a-z0-9]+$/i, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  switch (extension) {
    case 'txt':
    case 'text':
      return fromPlainText(text, fallbackHeadline);
    case 'md':
    case 'markdown':
      return fromHtml(marked.parse(text, { async: false, gfm: true }), fallbackHeadline);
    case 'html':
    case 'htm':
      return fromHtml(text, fallbackHeadline, titleOf(text));
    default:
      throw new GalleyError(
        'bad-request',
        `Galley can import .txt, .md and .html files, not "${fileName}".`,
      );
  }
}

/** Splits plain text into paragraphs on blank lines (or on every line when there are none). */
export function plainTextParagraphs(text: string): string[] {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const chunks = /\n\s*\n/.test(normalized) ? normalized.split(/\n\s*\n/) : normalized.split('\n');
  return chunks.map((chunk) => chunk.replace(/\s+/g, ' ').trim()).filter((p) => p !== '');
}

function fromPlainText(text: string, fallbackHeadline: string): ImportedStory {
  // A scraped wire story: headline past the site chrome, byline and dateline into their
  // fields; boilerplate stays in the body for the checker to offer to delete.
  const wire = readWire(plainTextParagraphs(text));
  const body: StoryBlock[] = wire.body.map((p) => ({
    type: 'paragraph',
    children: [{ text: p }],
  }));
  return {
    headline: wire.headline ?? fallbackHeadline,
    dek: '',
    body: body.length > 0 ? body : emptyBody(),
    ...(wire.dateline ? { dateline: wire.dateline } : {}),
    ...(wire.byline ? { byline: wire.byline } : {}),
  };
}

function titleOf(html: string): string {
  const find = (nodes: ChildNode[]): string => {
    for (const node of nodes) {
      if (node.type === 'tag' && node.name === 'title')
        return node.children
          .map((c) => (c.type === 'text' ? c.data : ''))
          .join('')
          .replace(/\s+/g, ' ')
          .trim();
      if ('children' in node) {
        const found = find(node.children as ChildNode[]);
        if (found) return found;
      }
    }
    return '';
  };
  return find(parseDocument(html).children);
}
