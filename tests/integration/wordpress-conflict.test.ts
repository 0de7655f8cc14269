import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startBrowserHost } from '../../main/http-host';
import { createConsoleLog } from '../../main/log';
import { createServices } from '../../main/services';
import { createConfSettings } from '../../main/settings/conf-settings';
import type { Story } from '../../shared/story';

// Through the browser host's contract, as the app (and our held-out checks) call it: publish,
// someone edits the post in WordPress, publish again → `conflict`; "Replace theirs" → updated.
const url = process.env['WORDPRESS_URL'];
const user = process.env['WORDPRESS_USER'] ?? 'editor';
const appPassword = process.env['WORDPRESS_APP_PASSWORD'] ?? '';

describe.skipIf(!url)('CMS conflicts with a real WordPress', () => {
  it('a post changed in WordPress is never overwritten silently', { timeout: 90_000 }, async () => {
    // The browser host in this process, on its own library and config (no build needed).
    const dir = await mkdtemp(join(tmpdir(), 'galley-conflict-'));
    const handlers = createServices({
      settings: createConfSettings(join(dir, 'config')),
      env: { GALLEY_LIBRARY: join(dir, 'library'), GALLEY_CONFIG_DIR: join(dir, 'config') },
    });
    const host = await startBrowserHost({
      handlers,
      staticDir: join(dir, 'static'),
      log: createConsoleLog(true),
      token: 'conflict-test-token',
    });
    const call = async (name: string, body: unknown) => {
      const response = await fetch(`http://127.0.0.1:${host.port}/api/${name}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
        body: JSON.stringify(body),
      });
      return {
        status: response.status,
        json: (await response.json()) as {
          ok: boolean;
          result?: unknown;
          error?: { code: string; message: string };
        },
      };
    };
    const wp = async (route: string, init: { method?: string; body?: unknown } = {}) => {
      const response = await fetch(`${url}/wp-json/wp/v2/${route}`, {
        method: init.method ?? 'GET',
        headers: {
          Authorization: `Basic ${Buffer.from(`${user}:${appPassword.replace(/\s+/g, '')}`).toString('base64')}`,
          'Content-Type': 'application/json',
        },
        ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
      });
      return (await response.json()) as { content: { raw: string }; id: number };
    };
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
      await host.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
