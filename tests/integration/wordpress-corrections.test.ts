import { describe, expect, it } from 'vitest';
import { apDate } from '../../main/cms/corrections';
import { EXPORT_FORMATS, exportStory } from '../../shared/export/formats';
import type { Story } from '../../shared/story';
import { startInProcessHost, wordpressRest } from '../helpers/in-process-host';
import { wordpressSite } from '../helpers/wordpress-env';

// "Add correction" through the browser host's contract against the real WordPress: the note
// ends the story and the post, a version records it, and the post keeps its state.
const site = wordpressSite();
const url = site.url;

describe.skipIf(!url)('corrections with a real WordPress', () => {
  it(
    'appends a dated correction, records a version and republishes',
    { timeout: 90_000 },
    async () => {
      const { call, close } = await startInProcessHost('corrections');
      try {
        const created = (await call('createStory', { headline: `Correction ${Date.now()}` })).json
          .result as Story;
        await call('saveStory', {
          story: {
            ...created,
            body: [{ type: 'paragraph', children: [{ text: 'The council voted 5-2 on Monday.' }] }],
          },
        });
        // A story that was never published takes no correction.
        const early = await call('addCorrection', { id: created.id, text: 'The vote was 4-3.' });
        expect(early.json.error?.code).toBe('bad-request');

        await call('saveProfile', {
          profile: {
            id: 'wp-fix',
            kind: 'wordpress',
            name: 'Test WordPress',
            url,
            user: site.user,
          },
          secret: site.appPassword,
        });
        const published = await call('publishStory', {
          id: created.id,
          profileId: 'wp-fix',
          status: 'publish',
        });
        expect(published.json.ok).toBe(true);
        const remoteId = (published.json.result as { remoteId: string }).remoteId;

        const text = 'An earlier version of this story gave the wrong vote count. It was 4-3.';
        const corrected = await call('addCorrection', { id: created.id, text });
        expect(corrected.json.ok).toBe(true);
        const result = corrected.json.result as {
          story: Story;
          republished: Array<{ profileId: string; ok: boolean }>;
        };
        expect(result.republished).toEqual([
          expect.objectContaining({ profileId: 'wp-fix', ok: true }),
        ]);
        const last = JSON.stringify(result.story.body.at(-1));
        expect(last).toContain(`Correction (${apDate(new Date())}): `);
        expect(last).toContain(text);

        const post = await wordpressRest<{ content: { raw: string }; status: string }>(
          site,
          `posts/${remoteId}?context=edit`,
        );
        expect(post.status).toBe('publish');
        expect(post.content.raw).toContain(text);
        expect(post.content.raw.lastIndexOf('Correction (')).toBeGreaterThan(
          post.content.raw.indexOf('The council voted'),
        );
        const versions = (await call('listVersions', { id: created.id })).json.result as {
          versions: Array<{ name?: string }>;
        };
        expect(versions.versions.map((v) => v.name)).toContain('Correction');

        // Every export carries it too (the note is part of the story's text).
        for (const format of EXPORT_FORMATS)
          expect(exportStory(result.story, format), format).toContain('It was 4-3.');
      } finally {
        await close();
      }
    },
  );
});
