import { encodeUnsafeUrlChars, isSafeImageSrc, isSafeLinkUrl, nodeText } from './story';
import type { InlineNode, ListItemElement, StoryBlock, StoryText, TextBlockType } from './story';

/** A parser-neutral HTML tree: the renderer builds it from the DOM, main from htmlparser2. */
export type HtmlNode =
  | { readonly kind: 'text'; readonly text: string }
  | {
      readonly kind: 'element';
      readonly tag: string;
      readonly attrs: Readonly<Record<string, string>>;
      readonly children: ReadonlyArray<HtmlNode>;
    };

/** The result of mapping: the body, and a headline when the HTML had an h1. */
export interface MappedHtml {
  readonly headline: string;
  readonly blocks: StoryBlock[];
}

interface Marks {
  bold?: true;
  italic?: true;
  strikethrough?: true;
}

// Content of these never becomes text, whatever the sanitizer let through.
const DROP = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'template',
  'noscript',
  'head',
  'title',
  'meta',
  'link',
  'svg',
  'math',
  'button',
  'input',
  'select',
  'textarea',
  'form',
]);
const TEXT_BLOCKS: Record<string, TextBlockType | 'h1'> = {
  p: 'paragraph',
  div: 'paragraph',
  section: 'paragraph',
  article: 'paragraph',
  pre: 'paragraph',
  h1: 'h1',
  h2: 'heading-one',
  h3: 'heading-two',
  h4: 'heading-two',
  h5: 'heading-two',
  h6: 'heading-two',
  blockquote: 'blockquote',
  aside: 'pull-quote',
};

function style(node: HtmlNode & { kind: 'element' }): string {
  return (node.attrs['style'] ?? '').toLowerCase().replace(/\s+/g, '');
}

// Word and Google Docs express formatting in styles: "font-weight:700" is bold, and Docs wraps
// a whole paste in <b style="font-weight:normal">, which must not make everything bold.
function marksFor(node: HtmlNode & { kind: 'element' }, marks: Marks): Marks {
  const css = style(node);
  const next: Marks = { ...marks };
  if (node.tag === 'strong' || node.tag === 'b') next.bold = true;
  if (node.tag === 'em' || node.tag === 'i' || node.tag === 'cite') next.italic = true;
  if (node.tag === 's' || node.tag === 'strike' || node.tag === 'del') next.strikethrough = true;
  if (/font-weight:(bold|[6-9]00)/.test(css)) next.bold = true;
  if (/font-weight:(normal|[1-4]00)/.test(css)) delete next.bold;
  if (css.includes('font-style:italic')) next.italic = true;
  if (css.includes('font-style:normal')) delete next.italic;
  if (css.includes('text-decoration:line-through')) next.strikethrough = true;
  return next;
}

function isTrackingPixel(node: HtmlNode & { kind: 'element' }): boolean {
  const w = Number(node.attrs['width'] ?? NaN);
  const h = Number(node.attrs['height'] ?? NaN);
  return (
    (w <= 2 && !Number.isNaN(w)) ||
    (h <= 2 && !Number.isNaN(h)) ||
    /display:none|width:[01]px|height:[01]px/.test(style(node))
  );
}

function textOf(node: HtmlNode): string {
  return node.kind === 'text' ? node.text : node.children.map(textOf).join('');
}

function sameMarks(a: StoryText, b: StoryText): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.strikethrough === b.strikethrough;
}

// Merges neighbouring runs with equal marks, collapses doubled spaces, trims the ends.
function normalizeInlines(nodes: InlineNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const node of nodes) {
    const last = out[out.length - 1];
    if ('text' in node && last && 'text' in last && sameMarks(last, node))
      out[out.length - 1] = { ...last, text: last.text + node.text };
    else out.push(node);
  }
  let previousEndsWithSpace = true;
  const cleaned = out.map((node) => {
    if (!('text' in node)) {
      previousEndsWithSpace = false;
      return node;
    }
    let text = node.text.replace(/[ \t\n\r\f\u00a0]+/g, ' ');
    if (previousEndsWithSpace) text = text.replace(/^ /, '');
    if (text !== '') previousEndsWithSpace = text.endsWith(' ');
    return { ...node, text };
  });
  const last = cleaned[cleaned.length - 1];
  if (last && 'text' in last)
    cleaned[cleaned.length - 1] = { ...last, text: last.text.replace(/ $/, '') };
  const kept = cleaned.filter((node) => !('text' in node) || node.text !== '');
  return kept;
}

function hasText(nodes: ReadonlyArray<InlineNode>): boolean {
  return nodes.some((node) =>
    'text' in node ? node.text.trim() !== '' : node.children.some((c) => c.text.trim() !== ''),
  );
}

/**
 * Maps sanitized HTML onto the story schema.
 *
 * Keeps headings, paragraphs, quotes, lists, bold, italic, strikethrough, safe links and https
 * images; drops styles, scripts, iframes, tracking pixels, Word's list bullets and empty
 * paragraphs. The first h1 becomes the headline.
 */
export function htmlToBlocks(nodes: ReadonlyArray<HtmlNode>): MappedHtml {
  const blocks: (StoryBlock | { type: 'h1'; children: InlineNode[] })[] = [];
  let current: { type: TextBlockType | 'h1'; children: InlineNode[] } | undefined;
  let list: { type: 'bulleted-list' | 'numbered-list'; children: ListItemElement[] } | undefined;
  let item: InlineNode[] | undefined;

  const flush = (): void => {
    if (current && hasText(current.children))
      blocks.push({
        type: current.type,
        children: normalizeInlines(current.children),
      } as StoryBlock);
    current = undefined;
  };
  const flushItem = (): void => {
    if (list && item && hasText(item))
      list.children.push({ type: 'list-item', children: normalizeInlines(item) });
    item = undefined;
  };
  const flushList = (): void => {
    flushItem();
    if (list && list.children.length > 0) blocks.push(list);
    list = undefined;
  };
  const target = (): InlineNode[] => {
    if (item) return item;
    current ??= { type: 'paragraph', children: [] };
    return current.children;
  };

  const inline = (node: HtmlNode, marks: Marks, link?: string): void => {
    if (node.kind === 'text') {
      if (node.text === '') return;
      const leaf: StoryText = { text: node.text, ...marks };
      const into = target();
      const last = into[into.length - 1];
      if (link && last && !('text' in last) && last.url === link)
        (last.children as StoryText[]).push(leaf);
      else into.push(link ? { type: 'link', url: link, children: [leaf] } : leaf);
      return;
    }
    visit(node, marks, link);
  };

  const visit = (node: HtmlNode & { kind: 'element' }, marks: Marks, link?: string): void => {
    const tag = node.tag;
    if (DROP.has(tag) || tag.includes(':') || /mso-list:ignore/.test(style(node))) return;
    const children = node.children;
    if (tag === 'br') {
      if (item) return;
      flush();
      return;
    }
    if (tag === 'hr') {
      flushList();
      flush();
      blocks.push({ type: 'section-break', children: [{ text: '' }] });
      return;
    }
    if (tag === 'img') {
      const src = encodeUnsafeUrlChars(node.attrs['src'] ?? '');
      if (isTrackingPixel(node) || !isSafeImageSrc(src)) return;
      flushList();
      flush();
      blocks.push({
        type: 'image',
        src,
        alt: node.attrs['alt'] ?? '',
        caption: '',
        credit: '',
        children: [{ text: '' }],
      });
      return;
    }
    if (tag === 'figcaption') {
      const last = blocks[blocks.length - 1];
      if (last && last.type === 'image')
        blocks[blocks.length - 1] = { ...last, caption: textOf(node).replace(/\s+/g, ' ').trim() };
      return;
    }
    if (tag === 'ul' || tag === 'ol') {
      if (list) {
        // A nested list: its items join the outer list.
        for (const child of children) if (child.kind === 'element') visit(child, marks, link);
        return;
      }
      flush();
      list = { type: tag === 'ol' ? 'numbered-list' : 'bulleted-list', children: [] };
      for (const child of children) if (child.kind === 'element') visit(child, marks, link);
      flushList();
      return;
    }
    if (tag === 'li' || (tag === 'p' && /msolistparagraph/i.test(node.attrs['class'] ?? ''))) {
      if (!list) {
        flush();
        list = { type: 'bulleted-list', children: [] };
      }
      flushItem();
      item = [];
      for (const child of children) inline(child, marksFor(node, marks), link);
      flushItem();
      if (tag === 'p') return; // Word list paragraphs: the list continues until a normal block.
      return;
    }
    if (tag === 'a') {
      const href = encodeUnsafeUrlChars(node.attrs['href'] ?? '');
      const safe = isSafeLinkUrl(href) ? href : undefined;
      for (const child of children) inline(child, marks, safe ?? link);
      return;
    }
    const blockType = TEXT_BLOCKS[tag];
    if (blockType && !item) {
      if (list) flushList();
      // A block inside a quote keeps the quote's type.
      const type =
        current &&
        (current.type === 'blockquote' || current.type === 'pull-quote') &&
        blockType === 'paragraph'
          ? current.type
          : blockType;
      flush();
      current = { type, children: [] };
      for (const child of children) inline(child, marksFor(node, marks), link);
      flush();
      if (type !== blockType) current = undefined;
      return;
    }
    const nextMarks = marksFor(node, marks);
    for (const child of children) inline(child, nextMarks, link);
  };

  for (const node of nodes) {
    if (node.kind === 'element') {
      if (
        list &&
        !(node.tag === 'p' && /msolistparagraph/i.test(node.attrs['class'] ?? '')) &&
        node.tag !== 'ul' &&
        node.tag !== 'ol'
      )
        flushList();
      visit(node, {});
    } else if (node.text.trim() !== '') inline(node, {});
  }
  flushList();
  flush();

  let headline = '';
  const h1 = blocks.findIndex((block) => block.type === 'h1');
  if (h1 >= 0) {
    const [first] = blocks.splice(h1, 1);
    headline = first
      ? first.children
          .map((child) => nodeText(child))
          .join('')
          .trim()
      : '';
  }
  return {
    headline,
    blocks: blocks.map((block) =>
      block.type === 'h1' ? { type: 'heading-one', children: block.children } : block,
    ),
  };
}
