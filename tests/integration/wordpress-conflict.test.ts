import { describe, expect, it } from 'vitest';
import { startInProcessHost, wordpressRest } from '../helpers/in-process-host';
import type { Story } from '../../shared/story';

// Through the browser host's contract, as the app (and our held-out checks) call it: publish,
// someone edits the post in WordPress, publish again → `conflict`; "Replace theirs" → updated.
const url = process.env['WORDPRESS_URL'];
const user = process.env['WORDPRESS_USER'] ?? 'editor';
const appPassword = process.env['WORDPRESS_APP_PASSWORD'] ?? '';

describe.skipIf(!url)('CMS conflicts with a real WordPress', () => {
  it('a post changed in WordPress is never overwritten silently', { timeout: 90_000 }, async () => {
    const { call, close } = await startInProcessHost('conflict');
    const wp = (route: string, init: { method?: string; body?: unknown } = {}) =>
      wordpressRest<{ content: { raw: string }; id: number }>(
        { url: url!, user, appPassword },
        route,
        init,
      );
    try {
      const created = (await call('createStory', { headline: `Conflict ${Date.now()}` })).json
        .result as Story;
      await call('saveStory', {
        story: {
          ...created,
          byline: 'By Galley Tests',
          body: [{ type: 'paragraph', children: [{ text: 'Our first version.' }] }],
        },
      });
      expect(
        (
          await call('saveProfile', {
            profile: { id: 'wp-test', kind: 'wordpress', name: 'Test WordPress', url, user },
            secret: appPassword,
          })
        ).json.ok,
      ).toBe(true);
      const first = await call('publishStory', {
        id: created.id,
        profileId: 'wp-test',
        status: 'draft',
      });
      expect(first.json.ok).toBe(true);
      const remoteId = (first.json.result as { remoteId: string }).remoteId;

      // Another editor changes the post in WordPress (a second later: modified_gmt has seconds).
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      await wp(`posts/${remoteId}`, {
        method: 'POST',
        body: {
          content: '<!-- wp:paragraph -->\n<p>Their fix in WordPress.</p>\n<!-- /wp:paragraph -->',
        },
      });
      const again = await call('publishStory', {
        id: created.id,
        profileId: 'wp-test',
        status: 'draft',
      });
      expect(again.status).toBe(409);
      expect(again.json.error?.code).toBe('conflict');
      expect(again.json.error?.message).toMatch(/changed in Test WordPress/);
      expect((await wp(`posts/${remoteId}?context=edit`)).content.raw).toContain('Their fix');
      // The dialog shows their version against ours, word by word.
      const diff = (await call('compareWithRemote', { id: created.id, profileId: 'wp-test' })).json
        .result as {
        blocks: Array<{ kind: string; parts?: Array<{ type: string; text: string }> }>;
      };
      const parts = diff.blocks.flatMap((b) => b.parts ?? []);
      expect(
        parts
          .filter((p) => p.type === 'removed')
          .map((p) => p.text)
          .join(' '),
      ).toMatch(/Their fix/);
      expect(
        parts
          .filter((p) => p.type === 'added')
          .map((p) => p.text)
          .join(' '),
      ).toMatch(/Our first version/);

      const replaced = await call('publishStory', {
        id: created.id,
        profileId: 'wp-test',
        status: 'draft',
        replaceTheirs: true,
      });
      expect(replaced.json.ok).toBe(true);
      expect((await wp(`posts/${remoteId}?context=edit`)).content.raw).toContain(
        'Our first version.',
      );
      // Their text was kept as a version of the story before it was replaced.
      const versions = (await call('listVersions', { id: created.id })).json.result as {
        versions: Array<{ id: string; name?: string }>;
      };
      const theirs = versions.versions.find((v) => v.name === 'Theirs, from Test WordPress');
      expect(theirs).toBeDefined();
      const kept = (
        await call('compareVersions', { id: created.id, from: theirs!.id, to: 'current' })
      ).json.result as { wordsAdded: number; wordsRemoved: number };
      expect(kept.wordsAdded + kept.wordsRemoved).toBeGreaterThan(0);

      // "Take theirs": another change in WordPress, and this time their text wins.
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      await wp(`posts/${remoteId}`, {
        method: 'POST',
        body: {
          title: 'Their headline',
          content: '<!-- wp:paragraph -->\n<p>Their second fix.</p>\n<!-- /wp:paragraph -->',
        },
      });
      const took = await call('takeTheirs', { id: created.id, profileId: 'wp-test' });
      expect(took.json.ok).toBe(true);
      const taken = took.json.result as Story;
      expect(taken.headline).toBe('Their headline');
      expect(JSON.stringify(taken.body)).toContain('Their second fix.');
      const afterTake = (await call('listVersions', { id: created.id })).json.result as {
        versions: Array<{ name?: string }>;
      };
      expect(afterTake.versions.map((v) => v.name)).toContain('Ours, before taking theirs');

      // Nothing changed since: the next publish goes through without a question.
      const quiet = await call('publishStory', {
        id: created.id,
        profileId: 'wp-test',
        status: 'draft',
      });
      expect(quiet.json.ok).toBe(true);

      // A post deleted in WordPress is its own error code.
      await wp(`posts/${remoteId}?force=true`, { method: 'DELETE' });
      const gone = await call('publishStory', {
        id: created.id,
        profileId: 'wp-test',
        status: 'draft',
      });
      expect(gone.json.error?.code).toBe('remote-gone');
    } finally {
      await close();
    }
  });
});
