import { describe, expect, it } from 'vitest';
import { GhostClient } from '../../main/cms/ghost';

// The same create-then-update check as the fake-Ghost unit test, against a real Ghost when
// GHOST_ADMIN_URL and GHOST_ADMIN_KEY (a Custom Integration's Admin API key) are set.
const adminUrl = process.env['GHOST_ADMIN_URL'];
const adminKey = process.env['GHOST_ADMIN_KEY'];
if (!adminUrl || !adminKey)
  console.warn(
    'Ghost integration tests SKIPPED: set GHOST_ADMIN_URL and GHOST_ADMIN_KEY to run them against a real Ghost.',
  );

describe.skipIf(!adminUrl || !adminKey)('a real Ghost', () => {
  it('creates a draft from HTML and updates the same post', async () => {
    const client = new GhostClient({ adminUrl: adminUrl!, adminKey: adminKey! });
    expect(await client.testConnection()).toBeTruthy();
    const slug = `galley-it-${Date.now().toString(36)}`;
    const created = await client.publish({
      title: 'Galley test',
      html: '<p>First.</p>',
      excerpt: 'Dek',
      slug,
      status: 'draft',
    });
    const updated = await client.publish(
      {
        title: 'Galley test, corrected',
        html: '<p>Second.</p>',
        excerpt: 'Dek',
        slug,
        status: 'draft',
      },
      created.remoteId,
    );
    expect(updated.remoteId).toBe(created.remoteId);
  });
});
