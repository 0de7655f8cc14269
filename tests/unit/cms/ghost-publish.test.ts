import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { OutgoingPost } from '../../../main/cms/cms-client';
import { cmsClientFor } from '../../../main/cms/cms-client';

// Ghost through the CmsClient interface the publish service uses: the same calls a story
// publish makes, against a stand-in with Ghost's documented shapes (auth is covered in
// ghost-client.test.ts, so any token is accepted here).
let server: Server | undefined;
afterEach(() => {
  server?.closeAllConnections();
  server?.close();
});

interface Seen {
  method: string;
  path: string;
  body: string;
}

async function fakeGhost(knownTags: string[]): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const body = Buffer.concat(chunks).toString('utf8');
      seen.push({ method: req.method ?? '', path: url.pathname + url.search, body });
      const send = (status: number, value: unknown): void => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      if (url.pathname === '/ghost/api/admin/tags/') {
        const name = /name:'([^']*)'/.exec(url.searchParams.get('filter') ?? '')?.[1] ?? '';
        const hit = knownTags.find((t) => t.toLowerCase() === name.toLowerCase());
        return send(200, { tags: hit ? [{ name: hit }] : [] });
      }
      if (url.pathname === '/ghost/api/admin/images/upload/')
        return send(201, { images: [{ url: 'https://ghost.example/content/images/levee.png' }] });
      if (url.pathname === '/ghost/api/admin/posts/' && req.method === 'POST')
        return send(201, {
          posts: [
            {
              id: '65a1',
              url: 'https://ghost.example/levee-holds/',
              status: 'draft',
              updated_at: '2026-11-30T10:00:00.000Z',
            },
          ],
        });
      return send(404, { errors: [{ message: 'Resource not found' }] });
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, seen };
}

const post: OutgoingPost = {
  title: 'Levee holds as river crests',
  blocks: [
    { type: 'paragraph', children: [{ text: 'CAPE GIRARDEAU, Mo. — The river crested at noon.' }] },
    {
      type: 'image',
      src: 'asset:images/levee.png',
      alt: 'Sandbags',
      caption: '',
      credit: '',
      children: [{ text: '' }],
    },
  ],
  excerpt: 'Crews worked through the night.',
  slug: 'levee-holds',
  createKey: 'abcd1234',
  status: 'draft',
  section: 'Weather',
  tags: ['Mississippi River', 'weather', 'Flooding'],
  byline: 'By Dana Whitfield',
};

const profile = { id: 'g1', name: 'Desk Ghost', kind: 'ghost' as const, user: '' };
const KEY = `6489abcd0123:${'ab'.repeat(32)}`;

describe('Ghost through the CmsClient interface', () => {
  it('publishes with the section as primary tag, tags once each, uploaded picture and clean slug', async () => {
    const ghost = await fakeGhost([]);
    const client = cmsClientFor({ ...profile, url: ghost.url }, KEY);
    const uploaded = await client.uploadImage({
      src: 'asset:images/levee.png',
      name: 'levee.png',
      bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
      mimeType: 'image/png',
    });
    const created: string[] = [];
    const saved = await client.publishPost(
      post,
      new Map([['asset:images/levee.png', uploaded]]),
      undefined,
      async (s) => {
        created.push(s.remoteId);
      },
    );
    expect(saved).toEqual({
      remoteId: '65a1',
      url: 'https://ghost.example/levee-holds/',
      status: 'draft',
      modified: '2026-11-30T10:00:00.000Z',
    });
    expect(created).toEqual(['65a1']);
    const sent = JSON.parse(
      ghost.seen.find((s) => s.path.startsWith('/ghost/api/admin/posts/'))!.body,
    ) as {
      posts: Array<Record<string, unknown>>;
    };
    const fields = sent.posts[0]!;
    expect(fields['slug']).toBe('levee-holds');
    expect(fields['tags']).toEqual([
      { name: 'Weather' },
      { name: 'Mississippi River' },
      { name: 'Flooding' },
    ]);
    expect(fields['feature_image']).toBe(uploaded.url);
    expect(fields['custom_excerpt']).toBe('Crews worked through the night.');
    expect(String(fields['html'])).toContain(`src="${uploaded.url}"`);
    expect(String(fields['html'])).toContain('CAPE GIRARDEAU, Mo. —');
  });

  it('the preview names only the tags Ghost does not have yet', async () => {
    const ghost = await fakeGhost(['weather', 'Flooding']);
    const client = cmsClientFor({ ...profile, url: ghost.url }, KEY);
    const preview = await client.previewPublish(post);
    expect(preview.newTags).toEqual(['Mississippi River']);
    expect(preview.newCategories).toEqual([]);
    expect(preview.author).toMatch(/Ghost names the post's author/);
  });
});

describe('CMS profiles have one shape per kind', () => {
  it('a Ghost profile carries no user name; a WordPress profile does; other kinds are refused', async () => {
    const { cmsProfileSchema } = await import('../../../shared/cms');
    const ghost = { id: 'ghost-a', kind: 'ghost', name: 'Desk', url: 'https://desk.example' };
    expect(cmsProfileSchema.safeParse(ghost).success).toBe(true);
    // Settings saved by 0.1 wrote an empty user on Ghost profiles: still read.
    expect(cmsProfileSchema.safeParse({ ...ghost, user: '' }).success).toBe(true);
    expect(cmsProfileSchema.safeParse({ ...ghost, user: 'ed' }).success).toBe(false);
    const wp = { ...ghost, id: 'wp-a', kind: 'wordpress' };
    expect(cmsProfileSchema.safeParse(wp).success).toBe(false);
    expect(cmsProfileSchema.safeParse({ ...wp, user: 'ed' }).success).toBe(true);
    expect(cmsProfileSchema.safeParse({ ...wp, kind: 'drupal', user: 'ed' }).success).toBe(false);
  });
});
