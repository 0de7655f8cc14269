import type { Story } from '../story';
import { escapeXml } from './escape';
import { bodyHtml } from './html';

/**
 * A NewsML-G2 2.35 NewsItem (power conformance): itemMeta, contentMeta and the body as inline
 * XHTML. Notes are left out with the rest of the unpublished text.
 */
export function toNewsml(story: Story): string {
  const guid = `urn:newsml:galley:${story.id}`;
  const subjects = story.tags.map((tag) => `<keyword>${escapeXml(tag)}</keyword>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="${escapeXml(guid)}" version="1" standard="NewsML-G2" standardversion="2.35" conformance="power" xml:lang="en">
<catalogRef href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_38.xml"/>
<itemMeta>
<itemClass qcode="ninat:text"/>
<provider literal="Galley"/>
<versionCreated>${escapeXml(story.updatedAt)}</versionCreated>
<firstCreated>${escapeXml(story.createdAt)}</firstCreated>
<pubStatus qcode="stat:${story.status === 'published' ? 'usable' : 'withheld'}"/>
</itemMeta>
<contentMeta>
${story.byline ? `<creator literal="${escapeXml(story.byline)}"/>` : ''}
${subjects}
<headline>${escapeXml(story.headline)}</headline>
${story.dek ? `<headline role="hlrole:sub">${escapeXml(story.dek)}</headline>` : ''}
${story.dateline ? `<dateline>${escapeXml(story.dateline)}</dateline>` : ''}
${story.byline ? `<by>${escapeXml(story.byline)}</by>` : ''}
${story.slug ? `<slugline>${escapeXml(story.slug)}</slugline>` : ''}
</contentMeta>
<contentSet>
<inlineXML contenttype="application/xhtml+xml">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>${escapeXml(story.headline)}</title></head><body>
${bodyHtml(story)}
</body></html>
</inlineXML>
</contentSet>
</newsItem>
`;
}
