import type { Story, StoryBlock, StoryText } from '../story';
import { escapeXml } from './escape';
import { publishedBlocks, renderInlines } from './model';

function leafNitf(leaf: StoryText): string {
  let xml = escapeXml(leaf.text);
  // NITF has one emphasis element; its class says which kind.
  if (leaf.italic) xml = `<em class="italic">${xml}</em>`;
  if (leaf.bold) xml = `<em class="bold">${xml}</em>`;
  if (leaf.strikethrough) xml = `<em class="strikethrough">${xml}</em>`;
  return xml;
}

function inlines(block: { readonly children: Parameters<typeof renderInlines>[0] }): string {
  return renderInlines(block.children, {
    text: leafNitf,
    link: (url, inner) => `<a href="${escapeXml(url)}">${inner}</a>`,
  });
}

function blockNitf(block: StoryBlock): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${inlines(block)}</p>`;
    case 'heading-one':
    case 'heading-two':
      return `<hl2>${inlines(block)}</hl2>`;
    case 'blockquote':
      return `<bq><block><p>${inlines(block)}</p></block></bq>`;
    case 'pull-quote':
      return `<bq class="pull-quote"><block><p>${inlines(block)}</p></block></bq>`;
    case 'bulleted-list':
      return `<ul>${block.children.map((item) => `<li>${inlines(item)}</li>`).join('')}</ul>`;
    case 'numbered-list':
      return `<ol>${block.children.map((item) => `<li>${inlines(item)}</li>`).join('')}</ol>`;
    case 'section-break':
      return '<hr/>';
    case 'image':
      return [
        '<media media-type="image">',
        `<media-reference source="${escapeXml(block.src.replace(/^asset:/, ''))}" alternate-text="${escapeXml(block.alt)}"/>`,
        block.caption ? `<media-caption>${escapeXml(block.caption)}</media-caption>` : '',
        block.credit ? `<media-producer>${escapeXml(block.credit)}</media-producer>` : '',
        '</media>',
      ].join('');
  }
}

// change.date and change.time are fixed by the schema (they date the DTD, not the story).
function compactDate(iso: string): { date: string; time: string; norm: string } {
  const d = new Date(iso);
  const pad = (n: number): string => String(n).padStart(2, '0');
  const date = `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
  const time = `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
  return { date, time, norm: `${date}T${time}Z` };
}

/** NITF 3.6: head with title and docdata, body.head with hedline, byline, dateline, body.content. */
export function toNitf(story: Story): string {
  const created = compactDate(story.createdAt);
  const keywords = story.tags
    .map((tag) => `<key-list><keyword key="${escapeXml(tag)}"/></key-list>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/" version="-//IPTC//DTD NITF 3.6//EN">
<head>
<title>${escapeXml(story.headline)}</title>
<docdata>
<doc-id id-string="${escapeXml(story.id)}"/>
<date.issue norm="${created.norm}"/>
<doc.copyright holder="${escapeXml(story.byline)}"/>
${keywords}
</docdata>
<pubdata type="web" position.section="${escapeXml(story.section)}"/>
</head>
<body>
<body.head>
<hedline><hl1>${escapeXml(story.headline)}</hl1>${story.dek ? `<hl2>${escapeXml(story.dek)}</hl2>` : ''}</hedline>
${story.byline ? `<byline>${escapeXml(story.byline)}</byline>` : ''}
${story.dateline ? `<dateline>${escapeXml(story.dateline)}</dateline>` : ''}
</body.head>
<body.content>
${publishedBlocks(story.body).map(blockNitf).join('\n')}
</body.content>
</body>
</nitf>
`;
}
