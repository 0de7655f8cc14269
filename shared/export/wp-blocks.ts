import type { InlineNode, StoryBlock } from '../story';
import { leafHtml } from './html';
import { escapeXml } from './escape';
import { renderInlines } from './model';

/** Where an image went in the CMS: its address and, when uploaded, its media id. */
export interface PlacedImage {
  readonly url: string;
  readonly id?: number;
}

function rich(children: ReadonlyArray<InlineNode>): string {
  return renderInlines(children, {
    text: leafHtml,
    link: (url, inner) => `<a href="${escapeXml(url)}">${inner}</a>`,
  });
}

// A block comment's attributes as the block serializer writes them (only numbers and booleans
// here, so no character needs the serializer's escaping).
function open(name: string, attrs?: Record<string, number | boolean | string>): string {
  const json = attrs && Object.keys(attrs).length > 0 ? ` ${JSON.stringify(attrs)}` : '';
  return `<!-- wp:${name}${json} -->`;
}

function wrap(
  name: string,
  html: string,
  attrs?: Record<string, number | boolean | string>,
): string {
  return `${open(name, attrs)}\n${html}\n<!-- /wp:${name} -->`;
}

/**
 * The body as WordPress block markup, written exactly as the block editor (WordPress 6.1, the
 * version Debian ships and the tests run) saves each core block: paragraph, heading, list with
 * list items, quote, pull quote, separator and image with caption. The post then opens in the
 * editor as native blocks, with no "unexpected or invalid content" warning; an integration test
 * loads it in wp-admin and asks the editor itself.
 */
export function wordpressBlocks(
  blocks: ReadonlyArray<StoryBlock>,
  placeImage: (src: string) => PlacedImage,
): string {
  return blocks
    .map((block) => {
      switch (block.type) {
        case 'paragraph':
          return wrap('paragraph', `<p>${rich(block.children)}</p>`);
        case 'heading-one':
          return wrap('heading', `<h2>${rich(block.children)}</h2>`);
        case 'heading-two':
          return wrap('heading', `<h3>${rich(block.children)}</h3>`, { level: 3 });
        case 'blockquote':
          return wrap(
            'quote',
            `<blockquote class="wp-block-quote">${wrap('paragraph', `<p>${rich(block.children)}</p>`)}</blockquote>`,
          );
        case 'pull-quote':
          return wrap(
            'pullquote',
            `<figure class="wp-block-pullquote"><blockquote><p>${rich(block.children)}</p></blockquote></figure>`,
          );
        case 'bulleted-list':
        case 'numbered-list': {
          const ordered = block.type === 'numbered-list';
          const tag = ordered ? 'ol' : 'ul';
          const items = block.children
            .map((item) => wrap('list-item', `<li>${rich(item.children)}</li>`))
            .join('');
          return wrap('list', `<${tag}>${items}</${tag}>`, ordered ? { ordered: true } : undefined);
        }
        case 'section-break':
          return wrap('separator', '<hr class="wp-block-separator has-alpha-channel-opacity"/>');
        case 'image': {
          const placed = placeImage(block.src);
          const caption = [block.caption, block.credit ? `(${block.credit})` : '']
            .filter((part) => part.trim() !== '')
            .join(' ');
          const figcaption = caption
            ? `<figcaption class="wp-element-caption">${escapeXml(caption)}</figcaption>`
            : '';
          if (placed.id === undefined)
            return wrap(
              'image',
              `<figure class="wp-block-image"><img src="${escapeXml(placed.url)}" alt="${escapeXml(block.alt)}"/>${figcaption}</figure>`,
            );
          return wrap(
            'image',
            `<figure class="wp-block-image size-full"><img src="${escapeXml(placed.url)}" alt="${escapeXml(block.alt)}" class="wp-image-${placed.id}"/>${figcaption}</figure>`,
            { id: placed.id, sizeSlug: 'full', linkDestination: 'none' },
          );
        }
      }
    })
    .join('\n\n');
}
