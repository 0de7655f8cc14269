import type { Story } from '../story';
import { bodyHtml } from './html';
import { publishedBlocks } from './model';

/** IPTC ninjs 2.x: the story as news-in-JSON, body as HTML, images as associations. */
export function toNinjs(story: Story): string {
  const images = publishedBlocks(story.body).flatMap((block) =>
    block.type === 'image' ? [block] : [],
  );
  const ninjs: Record<string, unknown> = {
    $schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json',
    uri: `urn:galley:story:${story.id}`,
    type: 'text',
    representationtype: 'complete',
    version: story.updatedAt,
    firstcreated: story.createdAt,
    versioncreated: story.updatedAt,
    pubstatus: story.status === 'published' ? 'usable' : 'withheld',
    language: 'en',
    headlines: [
      { role: 'main', value: story.headline },
      ...(story.dek ? [{ role: 'sub', value: story.dek }] : []),
    ],
    bylines: story.byline ? [{ byline: story.byline }] : [],
    located: story.dateline || undefined,
    slugline: story.slug || undefined,
    subjects: story.tags.map((tag) => ({ name: tag })),
    bodies: [{ role: 'main', contenttype: 'text/html', value: bodyHtml(story) }],
    associations: images.map((image, i) => ({
      name: `image${i + 1}`,
      uri: image.src.replace(/^asset:/, ''),
      type: 'picture',
      descriptions: [
        ...(image.caption ? [{ role: 'caption', value: image.caption }] : []),
        ...(image.alt ? [{ role: 'alt', value: image.alt }] : []),
      ],
      copyrightholder: image.credit || undefined,
    })),
  };
  return `${JSON.stringify(ninjs, null, 2)}\n`;
}
