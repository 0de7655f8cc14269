import { describe, expect, it } from 'vitest';
import type { RemotePostPage } from '../../shared/cms';
import type { Story } from '../../shared/story';
import { startInProcessHost, wordpressRest } from '../helpers/in-process-host';
import { wordpressSite } from '../helpers/wordpress-env';

// "Open from CMS" through the browser host's contract against the real WordPress: a draft
// written by someone else in WordPress is listed, found by search, opened as a story with its
// blocks and metadata, and publishing that story updates the same post.
const site = wordpressSite();
const url = site.url;

describe.skipIf(!url)('Open from CMS with a real WordPress', () => {
  it(
    'lists, opens and re-publishes a draft written in WordPress',
    { timeout: 90_000 },
    async () => {
      const { call, close } = await startInProcessHost('open-from-cms');
      const marker = `Levee${Date.now().toString(36)}`;
      try {
        const category = await wordpressRest<{ id: number }>(site, 'categories', {
          method: 'POST',
          body: { name: `Metro ${marker}` },
        });
        const tag = await wordpressRest<{ id: number }>(site, 'tags', {
          method: 'POST',
          body: { name: `flood ${marker}` },
        });
        const content = [
          '<!-- wp:paragraph --><p>SACRAMENTO, Calif. — Crews finished the <strong>levee</strong> repair on Tuesday.</p><!-- /wp:paragraph -->',
          '<!-- wp:heading --><h2 class="wp-block-heading">What comes next</h2><!-- /wp:heading -->',
          '<!-- wp:list --><ul><!-- wp:list-item --><li>Inspections in May</li><!-- /wp:list-item --><!-- wp:list-item --><li>New pumps by fall</li><!-- /wp:list-item --></ul><!-- /wp:list -->',
          '<!-- wp:paragraph --><p>Residents of <a href="https://example.org/delta">the Delta</a> returned home.</p><!-- /wp:paragraph -->',
        ].join('\n\n');
        const post = await wordpressRest<{ id: number }>(site, 'posts', {
          method: 'POST',
          body: {
            title: `${marker} repair finished`,
            content,
            excerpt: 'The state says the work held through the storm.',
            slug: `${marker.toLowerCase()}-repair`,
            status: 'draft',
            categories: [category.id],
            tags: [tag.id],
          },
        });
        expect(
          (
            await call('saveProfile', {
              profile: {
                id: 'wp-open',
                kind: 'wordpress',
                name: 'Test WordPress',
                url: site.url,
                user: site.user,
              },
              secret: site.appPassword,
            })
          ).json.ok,
        ).toBe(true);

        // Listed among the drafts, found by search, with its author and state.
        const all = (await call('listRemotePosts', { profileId: 'wp-open' })).json
          .result as RemotePostPage;
        expect(all.posts.some((p) => p.remoteId === String(post.id))).toBe(true);
        const found = (
          await call('listRemotePosts', { profileId: 'wp-open', search: marker, status: 'draft' })
        ).json.result as RemotePostPage;
        expect(found.total).toBe(1);
        expect(found.posts[0]).toMatchObject({
          remoteId: String(post.id),
          title: `${marker} repair finished`,
          status: 'draft',
        });
        expect(found.posts[0]!.author).not.toBe('');
        const pending = (
          await call('listRemotePosts', { profileId: 'wp-open', search: marker, status: 'pending' })
        ).json.result as RemotePostPage;
        expect(pending.total).toBe(0);

        // Opened as a story: blocks through the import path, metadata into its fields.
        const opened = await call('openRemotePost', {
          profileId: 'wp-open',
          remoteId: String(post.id),
        });
        expect(opened.json.ok).toBe(true);
        const story = opened.json.result as Story;
        expect(story).toMatchObject({
          headline: `${marker} repair finished`,
          dek: 'The state says the work held through the storm.',
          slug: `${marker.toLowerCase()}-repair`,
          section: `Metro ${marker}`,
          tags: [`flood ${marker}`],
          dateline: 'SACRAMENTO, Calif.',
        });
        // A story's first heading level is published as h2 (the post's title is the h1).
        expect(story.body.map((b) => b.type)).toEqual([
          'paragraph',
          'heading-one',
          'bulleted-list',
          'paragraph',
        ]);
        expect(JSON.stringify(story.body[0])).toContain('"bold":true');
        expect(JSON.stringify(story.body[3])).toContain('https://example.org/delta');
        expect(story.published?.['wp-open']?.remoteId).toBe(String(post.id));
        // Opening the same post again opens that story, not a second copy.
        const again = await call('openRemotePost', {
          profileId: 'wp-open',
          remoteId: String(post.id),
        });
        expect((again.json.result as Story).id).toBe(story.id);

        // Publishing the story updates that post (no second post), with the desk's edit in it.
        await call('saveStory', {
          story: {
            ...story,
            body: [
              ...story.body,
              { type: 'paragraph', children: [{ text: 'The copy desk added this line.' }] },
            ],
          },
        });
        const published = await call('publishStory', {
          id: story.id,
          profileId: 'wp-open',
          status: 'draft',
        });
        expect(published.json.ok).toBe(true);
        expect((published.json.result as { remoteId: string }).remoteId).toBe(String(post.id));
        const after = await wordpressRest<{ content: { raw: string }; slug: string }>(
          site,
          `posts/${post.id}?context=edit`,
        );
        expect(after.content.raw).toContain('The copy desk added this line.');
        expect(after.slug).toBe(`${marker.toLowerCase()}-repair`);
        const twins = await wordpressRest<unknown[]>(
          site,
          `posts?search=${marker}&status=draft,pending,publish,future,private&context=edit`,
        );
        expect(twins).toHaveLength(1);

        // A post deleted in WordPress is its own answer, not a generic failure.
        await wordpressRest(site, `posts/${post.id}?force=true`, { method: 'DELETE' });
        const gone = await call('openRemotePost', {
          profileId: 'wp-open',
          remoteId: String(post.id),
        });
        expect(gone.json.error?.code).toBe('remote-gone');
      } finally {
        await close();
      }
    },
  );
});
