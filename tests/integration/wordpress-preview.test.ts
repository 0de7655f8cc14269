import { describe, expect, it } from 'vitest';
import type { Story } from '../../shared/story';
import { startInProcessHost } from '../helpers/in-process-host';
import { wordpressSite } from '../helpers/wordpress-env';

// The Publish dialog's notes, from the real WordPress: the category and tags a publish will
// create, and whose name the post will carry.
const { url, user, appPassword } = wordpressSite();

describe.skipIf(!url)('publish preview with a real WordPress', () => {
  it(
    'names new terms before the first publish and none after it',
    { timeout: 60_000 },
    async () => {
      const { call, close } = await startInProcessHost('preview');
      const marker = `Desk${Date.now().toString(36)}`;
      try {
        const created = (await call('createStory', { headline: 'Preview' })).json.result as Story;
        await call('saveStory', {
          story: {
            ...created,
            section: `Metro ${marker}`,
            tags: [`ferries ${marker}`, `budget ${marker}`],
            byline: `By Nobody ${marker}, Staff Writer`,
          },
        });
        await call('saveProfile', {
          profile: { id: 'wp-preview', kind: 'wordpress', name: 'Test WordPress', url, user },
          secret: appPassword,
        });
        const before = (await call('previewPublish', { id: created.id, profileId: 'wp-preview' }))
          .json.result as { newCategories: string[]; newTags: string[]; author?: string };
        expect(before.newCategories).toEqual([`Metro ${marker}`]);
        expect(before.newTags).toEqual([`ferries ${marker}`, `budget ${marker}`]);
        expect(before.author).toMatch(new RegExp(`no user of the site is named Nobody ${marker}`));

        expect(
          (await call('publishStory', { id: created.id, profileId: 'wp-preview', status: 'draft' }))
            .json.ok,
        ).toBe(true);
        const after = (await call('previewPublish', { id: created.id, profileId: 'wp-preview' }))
          .json.result as { newCategories: string[]; newTags: string[] };
        expect(after).toMatchObject({ newCategories: [], newTags: [] });
      } finally {
        await close();
      }
    },
  );
});
