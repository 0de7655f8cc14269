import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';
import { GalleyError } from '../../shared/api';
import { emptyBody } from '../../shared/story';
import type { BlockType, StoryBlock, StoryText } from '../../shared/story';

/** What an imported file contributes to a new story. */
export interface ImportedStory {
  readonly headline: string;
  readonly dek: string;
  readonly body: StoryBlock[];
}

// Only tags that map onto the story schema survive; everything else (scripts, styles,
// iframes, images, event handlers, inline styles) is removed before the mapper sees it.
const ALLOWED_TAGS = [
  'p',
  'div',
  'br',
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
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'span',
  'a',
  'section',
  'article',
];

/** Strips an HTML document down to the tags the story schema can hold, with no attributes. */
export function sanitizeStoryHtml(html: string): string {
  return sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: {},
    // Content of these is dropped entirely, not unwrapped into text.
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

/**
 * Turns the text of an imported file into a headline and body.
 *
 * `.txt` splits paragraphs on blank lines; `.md` is rendered to HTML first; HTML is
 * sanitized and then mapped block by block, so nothing executable can reach a story.
 */
export function importStoryText(fileName: string, text: string): ImportedStory {
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

function fromPlainText(text: string, fallbackHeadline: string): ImportedStory {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const chunks = /\n\s*\n/.test(normalized) ? normalized.split(/\n\s*\n/) : normalized.split('\n');
  const paragraphs = chunks
    .map((chunk) => chunk.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
  let headline = fallbackHeadline;
  const first = paragraphs[0];
  if (
    first !== undefined &&
    paragraphs.length > 1 &&
    first.length <= 200 &&
    !/[.!?:]["”’]?$/.test(first)
  ) {
    headline = first;
    paragraphs.shift();
  }
  const body: StoryBlock[] = paragraphs.map((p) => ({
    type: 'paragraph',
    children: [{ text: p }],
  }));
  return { headline, dek: '', body: body.length > 0 ? body : emptyBody() };
}

function titleOf(html: string): string {
  const doc = parseDocument(html);
  const find = (nodes: ChildNode[]): string => {
    for (const node of nodes) {
      if (node.type === 'tag' && node.name === 'title')
        return textOf(node).replace(/\s+/g, ' ').trim();
      if ('children' in node) {
        const found = find(node.children as ChildNode[]);
        if (found) return found;
      }
    }
    return '';
  };
  return find(doc.children);
}

function textOf(node: ChildNode): string {
  if (node.type === 'text') return node.data;
  if ('children' in node) return (node.children as ChildNode[]).map(textOf).join('');
  return '';
}

interface Marks {
  readonly bold?: true;
  readonly italic?: true;
}

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'section',
  'article',
]);

/** Maps sanitized HTML onto story blocks; also used for `.md` after rendering. */
export function fromHtml(html: string, fallbackHeadline: string, title = ''): ImportedStory {
  const doc = parseDocument(sanitizeStoryHtml(html));
  const blocks: { type: BlockType | 'h1'; children: StoryText[] }[] = [];
  let current: { type: BlockType | 'h1'; children: StoryText[] } | undefined;

  const flush = (): void => {
    if (current) {
      const merged = mergeLeaves(current.children);
      if (merged.some((leaf) => leaf.text.trim() !== ''))
        blocks.push({ type: current.type, children: merged });
    }
    current = undefined;
  };
  const addText = (text: string, marks: Marks): void => {
    const collapsed = text.replace(/\s+/g, ' ');
    if (collapsed === '') return;
    current ??= { type: 'paragraph', children: [] };
    current.children.push({ text: collapsed, ...marks });
  };
  const walk = (nodes: ChildNode[], marks: Marks): void => {
    for (const node of nodes) {
      if (node.type === 'text') addText(node.data, marks);
      else if (node.type === 'tag') visit(node, marks);
    }
  };
  const visit = (node: Element, marks: Marks): void => {
    const name = node.name;
    if (name === 'br') {
      flush();
      return;
    }
    const nextMarks: Marks =
      name === 'strong' || name === 'b'
        ? { ...marks, bold: true }
        : name === 'em' || name === 'i'
          ? { ...marks, italic: true }
          : marks;
    if (!BLOCK_TAGS.has(name)) {
      walk(node.children as ChildNode[], nextMarks);
      return;
    }
    flush();
    const type: BlockType | 'h1' =
      name === 'h1'
        ? 'h1'
        : name === 'h2'
          ? 'heading-one'
          : /^h[3-6]$/.test(name)
            ? 'heading-two'
            : 'paragraph';
    current = { type, children: [] };
    walk(node.children as ChildNode[], nextMarks);
    flush();
  };
  walk(doc.children, {});
  flush();

  let headline = title;
  const firstH1 = blocks.findIndex((block) => block.type === 'h1');
  if (firstH1 >= 0) {
    const [h1] = blocks.splice(firstH1, 1);
    headline = h1
      ? h1.children
          .map((leaf) => leaf.text)
          .join('')
          .trim()
      : headline;
  }
  const body: StoryBlock[] = blocks.map((block) => ({
    type: block.type === 'h1' ? 'heading-one' : block.type,
    children: trimEnds(block.children),
  }));
  return {
    headline: headline || fallbackHeadline,
    dek: '',
    body: body.length > 0 ? body : emptyBody(),
  };
}

function sameMarks(a: StoryText, b: StoryText): boolean {
  return a.bold === b.bold && a.italic === b.italic;
}

function mergeLeaves(leaves: StoryText[]): StoryText[] {
  const out: StoryText[] = [];
  for (const leaf of leaves) {
    const last = out[out.length - 1];
    if (last && sameMarks(last, leaf))
      out[out.length - 1] = { ...last, text: last.text + leaf.text };
    else out.push(leaf);
  }
  // Collapse the space that HTML source formatting leaves between two inline runs.
  return out.map((leaf, index) =>
    index > 0 && out[index - 1]?.text.endsWith(' ')
      ? { ...leaf, text: leaf.text.replace(/^ /, '') }
      : leaf,
  );
}

function trimEnds(leaves: StoryText[]): StoryText[] {
  const copy = leaves.map((leaf) => ({ ...leaf }));
  const first = copy[0];
  const last = copy[copy.length - 1];
  if (first) first.text = first.text.replace(/^\s+/, '');
  if (last) last.text = last.text.replace(/\s+$/, '');
  const kept = copy.filter((leaf) => leaf.text !== '');
  return kept.length > 0 ? kept : [{ text: '' }];
}
