import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { GhostClient } from '../../../main/cms/ghost';

// A stand-in for Ghost's Admin API with the documented shapes: `Ghost <jwt>` auth,
// `{ posts: [...] }` bodies, `?source=html`, and `updated_at` required on updates.
const KEY_ID = '6489abcd0123';
const SECRET = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';
let server: Server | undefined;
afterEach(() => {
  server?.closeAllConnections();
  server?.close();
});

function verify(auth: string | undefined): boolean {
  const token = auth?.replace(/^Ghost /, '') ?? '';
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature) return false;
  const expected = createHmac('sha256', Buffer.from(SECRET, 'hex'))
    .update(`${header}.${payload}`)
    .digest('base64url');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as {
    aud: string;
    exp: number;
    iat: number;
  };
  return (
    expected === signature &&
    claims.aud === '/admin/' &&
    claims.exp - claims.iat === 300 &&
    JSON.parse(Buffer.from(header, 'base64url').toString()).kid === KEY_ID
  );
}

async function fakeGhost(): Promise<{
  url: string;
  posts: Map<
    string,
    { id: string; title: string; html: string; status: string; updated_at: string }
  >;
  seen: string[];
}> {
  const posts = new Map<
    string,
    { id: string; title: string; html: string; status: string; updated_at: string }
  >();
  const seen: string[] = [];
  let n = 0;
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push(`${req.method} ${req.url}`);
      const send = (status: number, value: unknown): void => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      if (!verify(req.headers.authorization))
        return send(401, { errors: [{ message: 'Invalid token' }] });
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname === '/ghost/api/admin/site/')
        return send(200, { site: { title: 'Test Ghost' } });
      if (url.pathname === '/ghost/api/admin/posts/' && req.method === 'POST') {
        expect(url.searchParams.get('source')).toBe('html');
        const input = (
          JSON.parse(body) as { posts: Array<{ title: string; html: string; status: string }> }
        ).posts[0]!;
        const post = {
          id: `p${++n}`,
          title: input.title,
          html: input.html,
          status: input.status,
          updated_at: `2026-01-01T00:00:0${n}.000Z`,
        };
        posts.set(post.id, post);
        return send(201, { posts: [{ ...post, url: `http://ghost.test/${post.id}/` }] });
      }
      // The list, with Ghost's filter syntax for status and a title search, and its pagination.
      if (url.pathname === '/ghost/api/admin/posts/' && req.method === 'GET') {
        const filter = url.searchParams.get('filter') ?? '';
        const statuses = /status:\[([^\]]+)\]/.exec(filter)?.[1]?.split(',') ?? [
          /status:(\w+)/.exec(filter)?.[1] ?? '',
        ];
        const search = /title:~'([^']*)'/.exec(filter)?.[1]?.toLowerCase();
        const found = [...posts.values()].filter(
          (p) => statuses.includes(p.status) && (!search || p.title.toLowerCase().includes(search)),
        );
        return send(200, {
          posts: found.map((p) => ({
            ...p,
            url: `http://ghost.test/${p.id}/`,
            authors: [{ name: 'Ana Ruiz' }],
          })),
          meta: { pagination: { page: 1, pages: 1, total: found.length } },
        });
      }
      const match = /^\/ghost\/api\/admin\/posts\/(\w+)\/$/.exec(url.pathname);
      const post = match ? posts.get(match[1]!) : undefined;
      if (match && !post) return send(404, { errors: [{ message: 'Post not found.' }] });
      if (post && req.method === 'GET')
        return send(200, {
          posts: [
            {
              ...post,
              url: `http://ghost.test/${post.id}/`,
              slug: 'pier',
              tags: [{ name: 'Harbor' }, { name: 'Ferries' }],
            },
          ],
        });
      if (post && req.method === 'PUT') {
        const input = (JSON.parse(body) as { posts: Array<{ title: string; updated_at: string }> })
          .posts[0]!;
        if (input.updated_at !== post.updated_at)
          return send(409, {
            errors: [{ message: 'Saving failed! Someone else is editing this post.' }],
          });
        post.title = input.title;
        post.updated_at = '2026-02-01T00:00:00.000Z';
        return send(200, { posts: [{ ...post, url: `http://ghost.test/${post.id}/` }] });
      }
      return send(404, { errors: [{ message: 'Resource not found' }] });
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, posts, seen };
}

describe('Ghost client', () => {
  it('creates from HTML, then updates the same post with its updated_at', async () => {
    const ghost = await fakeGhost();
    const client = new GhostClient({
      adminUrl: `${ghost.url}/ghost`,
      adminKey: `${KEY_ID}:${SECRET}`,
    });
    expect(await client.testConnection()).toBe('Test Ghost');
    const created = await client.publish({
      title: 'Pier',
      html: '<p>x</p>',
      excerpt: 'Dek',
      slug: 'pier',
      status: 'draft',
    });
    expect(created.status).toBe('draft');
    await client.publish(
      {
        title: 'Pier, corrected',
        html: '<p>y</p>',
        excerpt: 'Dek',
        slug: 'pier',
        status: 'publish',
      },
      created.remoteId,
    );
    expect(ghost.posts.size).toBe(1);
    expect(ghost.posts.get(created.remoteId)?.title).toBe('Pier, corrected');
    expect(ghost.seen).toContain(`PUT /ghost/api/admin/posts/${created.remoteId}/?source=html`);
  });

  it('a wrong key is refused with a clear message; a deleted post is reported as gone', async () => {
    const ghost = await fakeGhost();
    const wrong = new GhostClient({ adminUrl: ghost.url, adminKey: `${KEY_ID}:${'0'.repeat(64)}` });
    await expect(wrong.testConnection()).rejects.toThrow(/refused the login/);
    const client = new GhostClient({ adminUrl: ghost.url, adminKey: `${KEY_ID}:${SECRET}` });
    await expect(
      client.publish({ title: 'x', html: '', excerpt: '', slug: 'x', status: 'draft' }, 'gone1'),
    ).rejects.toMatchObject({ kind: 'not-found' });
  });
});

describe('Ghost image upload', () => {
  it('sends the picture as multipart through the image API and uses the address Ghost returns', async () => {
    const received: { type?: string; body?: Buffer; posts: unknown[] } = { posts: [] };
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const send = (status: number, value: unknown): void => {
          res.writeHead(status, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify(value));
        };
        if (!verify(req.headers.authorization)) return send(401, { errors: [{ message: 'no' }] });
        const url = new URL(req.url ?? '/', 'http://x');
        if (url.pathname === '/ghost/api/admin/images/upload/' && req.method === 'POST') {
          received.type = req.headers['content-type'];
          received.body = Buffer.concat(chunks);
          return send(201, { images: [{ url: 'https://ghost.example/content/images/pier.png' }] });
        }
        if (url.pathname === '/ghost/api/admin/posts/' && req.method === 'POST') {
          received.posts.push(JSON.parse(Buffer.concat(chunks).toString()));
          return send(201, {
            posts: [
              { id: 'p1', url: 'https://ghost.example/p1/', status: 'draft', updated_at: 'x' },
            ],
          });
        }
        return send(404, { errors: [{ message: 'not found' }] });
      });
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const port = (server!.address() as AddressInfo).port;
    const client = new GhostClient({
      adminUrl: `http://127.0.0.1:${port}`,
      adminKey: `${KEY_ID}:${SECRET}`,
    });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const url = await client.uploadImageFile('pier.png', png, 'image/png');
    expect(url).toBe('https://ghost.example/content/images/pier.png');
    const boundary = /boundary=(\S+)/.exec(received.type ?? '')?.[1];
    expect(received.type).toMatch(/^multipart\/form-data; boundary=/);
    const text = received.body!.toString('latin1');
    expect(text).toContain(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="pier.png"`,
    );
    expect(text).toContain('name="purpose"\r\n\r\nimage');
    expect(received.body!.includes(png)).toBe(true);
    await client.publish({
      title: 'Pier',
      html: `<img src="${url}">`,
      excerpt: '',
      slug: 'pier',
      status: 'draft',
      featureImage: url,
    });
    expect(received.posts[0]).toMatchObject({ posts: [{ feature_image: url }] });
  });

  it('lists drafts and scheduled posts with a title search, and reads one back', async () => {
    const ghost = await fakeGhost();
    const client = new GhostClient({ adminUrl: ghost.url, adminKey: `${KEY_ID}:${SECRET}` });
    const pier = {
      title: 'Pier reopens',
      html: '<p>Crews <strong>finished</strong>.</p>',
      excerpt: '',
      slug: 'pier',
    };
    await client.publish({ ...pier, status: 'draft' });
    await client.publish({ ...pier, title: 'Ferry fares rise', status: 'draft' });
    await client.publish({ ...pier, title: 'Out already', status: 'publish' });
    const all = await client.listPosts({});
    expect(all.posts.map((p) => p.title).sort()).toEqual(['Ferry fares rise', 'Pier reopens']);
    expect(all.posts[0]).toMatchObject({ author: 'Ana Ruiz', status: 'draft' });
    const found = await client.listPosts({ search: 'pier', status: 'draft' });
    expect(found.total).toBe(1);
    const post = await client.readPost(found.posts[0]!.remoteId);
    expect(post).toMatchObject({
      title: 'Pier reopens',
      slug: 'pier',
      categories: ['Harbor'],
      tags: ['Ferries'],
    });
    expect(post.html).toContain('<strong>finished</strong>');
    expect(await client.lastModified(post.remoteId)).toBe(post.modified);
  });
});
