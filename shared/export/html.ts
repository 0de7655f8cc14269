import type { Story, StoryBlock, StoryText } from '../story';
import { escapeXml } from './escape';
import { publishedBlocks, renderInlines } from './model';

/** Resolves an image source for output (`asset:` paths become file or URL paths). */
export type SourceResolver = (src: string) => string;

// Files copied into the story folder are exported as paths relative to that folder.
const identity: SourceResolver = (src) => src.replace(/^asset:/, '');

/** One run of text with its formatting as HTML (shared with the WordPress block markup). */
export function leafHtml(leaf: StoryText): string {
  let html = escapeXml(leaf.text);
  if (leaf.strikethrough) html = `<s>${html}</s>`;
  if (leaf.italic) html = `<em>${html}</em>`;
  if (leaf.bold) html = `<strong>${html}</strong>`;
  return html;
}

function inlines(block: { readonly children: Parameters<typeof renderInlines>[0] }): string {
  return renderInlines(block.children, {
    text: leafHtml,
    link: (url, inner) => `<a href="${escapeXml(url)}">${inner}</a>`,
  });
}

/** One block as semantic HTML (used by the HTML export and inside NewsML-G2 and ninjs). */
export function blockHtml(block: StoryBlock, resolve: SourceResolver = identity): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${inlines(block)}</p>`;
    case 'heading-one':
      return `<h2>${inlines(block)}</h2>`;
    case 'heading-two':
      return `<h3>${inlines(block)}</h3>`;
    case 'blockquote':
      return `<blockquote><p>${inlines(block)}</p></blockquote>`;
    case 'pull-quote':
      return `<aside><p>${inlines(block)}</p></aside>`;
    case 'bulleted-list':
    case 'numbered-list': {
      const tag = block.type === 'bulleted-list' ? 'ul' : 'ol';
      return `<${tag}>${block.children.map((item) => `<li>${inlines(item)}</li>`).join('')}</${tag}>`;
    }
    case 'section-break':
      return '<hr />';
    case 'image': {
      const caption = [
        escapeXml(block.caption),
        block.credit ? `<small>${escapeXml(block.credit)}</small>` : '',
      ]
        .filter(Boolean)
        .join(' ');
      return `<figure><img src="${escapeXml(resolve(block.src))}" alt="${escapeXml(block.alt)}" />${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`;
    }
  }
}

/** The body as HTML fragments, one per line. */
export function bodyHtml(story: Story, resolve: SourceResolver = identity): string {
  return publishedBlocks(story.body)
    .map((block) => blockHtml(block, resolve))
    .join('\n');
}

/** A complete, clean HTML document: no scripts, no inline styles, everything escaped. */
export function toHtml(story: Story, resolve: SourceResolver = identity): string {
  const head = [
    `<h1>${escapeXml(story.headline)}</h1>`,
    story.dek ? `<p class="dek">${escapeXml(story.dek)}</p>` : '',
    story.byline ? `<p class="byline">${escapeXml(story.byline)}</p>` : '',
  ].filter(Boolean);
  const dateline = story.dateline ? `<p class="dateline">${escapeXml(story.dateline)}</p>\n` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<title>${escapeXml(story.headline)}</title>
</head>
<body>
<article>
<header>
${head.join('\n')}
</header>
${dateline}${bodyHtml(story, resolve)}
</article>
</body>
</html>
`;
}
