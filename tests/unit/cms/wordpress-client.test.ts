import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { CmsError } from '../../../main/cms/cms-http';
import { ghostAdminToken } from '../../../main/cms/ghost-token';
import { WordPressClient } from '../../../main/cms/wordpress';
import type { WordPressPost } from '../../../main/cms/wordpress';

// A small stand-in for WordPress's REST API, shaped like the real one, with faults on demand.
// The real WordPress integration suite runs against WordPress itself; this one covers the
// failures a real server will not produce on cue.
interface FakeWp {
  readonly url: string;
  readonly posts: Map<number, { id: number; slug: string; title: string; status: string }>;
  readonly calls: string[];
  fault?: (req: IncomingMessage, res: ServerResponse, body: string) => boolean;
}

let server: Server | undefined;
afterEach(() => {
  server?.closeAllConnections();
  server?.close();
  server = undefined;
});

async function fakeWordPress(): Promise<FakeWp> {
  const state: FakeWp = { url: '', posts: new Map(), calls: [] };
  let next = 40;
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      state.calls.push(`${req.method} ${req.url}`);
      if (state.fault?.(req, res, body)) return;
      const send = (status: number, value: unknown): void => {
        res.writeHead(status, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      if (
        req.headers.authorization !==
        `Basic ${Buffer.from('editor:abcd efgh'.replace(' ', '')).toString('base64')}`
      ) {
        send(401, { code: 'rest_not_logged_in', message: 'You are not currently logged in.' });
        return;
      }
      const url = new URL(req.url ?? '/', 'http://x');
      if (url.pathname === '/wp-json/wp/v2/users/me')
        return send(200, { id: 1, name: 'Desk Editor' });
      if (url.pathname === '/wp-json/wp/v2/posts' && req.method === 'GET') {
        return send(
          200,
          [...state.posts.values()]
            .filter((p) => p.slug === url.searchParams.get('slug'))
            .map((p) => ({ ...p, link: `${state.url}/?p=${p.id}` })),
        );
      }
      if (url.pathname === '/wp-json/wp/v2/posts' && req.method === 'POST') {
        const input = JSON.parse(body) as { slug: string; title: string; status: string };
        if (!input.title)
          return send(400, { code: 'rest_invalid_param', message: 'Invalid parameter(s): title' });
        const post = { id: ++next, slug: input.slug, title: input.title, status: input.status };
        state.posts.set(post.id, post);
        return send(201, { ...post, link: `${state.url}/?p=${post.id}` });
      }
      const match = /^\/wp-json\/wp\/v2\/posts\/(\d+)$/.exec(url.pathname);
      if (match && req.method === 'POST') {
        const post = state.posts.get(Number(match[1]));
        if (!post) return send(404, { code: 'rest_post_invalid_id', message: 'Invalid post ID.' });
        Object.assign(post, JSON.parse(body));
        return send(200, { ...post, link: `${state.url}/?p=${post.id}` });
      }
      return send(404, { code: 'rest_no_route', message: 'No route was found.' });
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  (state as { url: string }).url = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  return state;
}

const post: WordPressPost = {
  title: 'Pier reopens',
  html: '<p>Riders returned.</p>',
  excerpt: 'Dek',
  slug: 'pier-reopens-g1a2b3c4',
  status: 'draft',
};
const client = (wp: FakeWp, password = 'abcd efgh', timeoutMs = 2_000) =>
  new WordPressClient(
    { siteUrl: wp.url, user: 'editor', appPassword: password },
    { timeoutMs, backoffMs: 10 },
  );

describe('WordPress client', () => {
  it('creates a post, then updates the same post on the next publish', async () => {
    const wp = await fakeWordPress();
    expect(await client(wp).testConnection()).toBe('Desk Editor');
    const first = await client(wp).publish(post);
    const second = await client(wp).publish(
      { ...post, title: 'Pier reopens, corrected' },
      first.id,
    );
    expect(second.id).toBe(first.id);
    expect(wp.posts.size).toBe(1);
    expect(wp.posts.get(first.id)?.title).toBe('Pier reopens, corrected');
  });

  it('survives a timeout after WordPress saved the post: no duplicate', async () => {
    const wp = await fakeWordPress();
    let slow = true;
    // The first create is saved but its answer never arrives in time.
    wp.fault = (req, _res, body) => {
      if (slow && req.method === 'POST' && req.url === '/wp-json/wp/v2/posts') {
        slow = false;
        const input = JSON.parse(body) as { slug: string; title: string; status: string };
        wp.posts.set(77, { id: 77, ...input });
        return true; // no response: the client times out
      }
      return false;
    };
    const result = await client(wp, 'abcd efgh', 300).publish(post);
    expect(result.id).toBe(77);
    expect(wp.posts.size).toBe(1);
  });

  it('retries 5xx answers with backoff, at most three tries', async () => {
    const wp = await fakeWordPress();
    let failures = 2;
    wp.fault = (req, res) => {
      if (req.method === 'POST' && failures > 0) {
        failures--;
        res.writeHead(502, { 'Content-Type': 'text/html' });
        res.end('<html>Bad gateway</html>');
        return true;
      }
      return false;
    };
    expect((await client(wp).publish(post)).id).toBeGreaterThan(0);
    wp.fault = (_req, res) => {
      res.writeHead(500, { 'Content-Type': 'application/json' });
      res.end('{"message":"Database down"}');
      return true;
    };
    const before = wp.calls.length;
    await expect(client(wp).testConnection()).rejects.toMatchObject({
      kind: 'server',
      message: expect.stringContaining('Database down'),
    });
    expect(wp.calls.length - before).toBe(3);
  });

  it('names the user when the application password is wrong', async () => {
    const wp = await fakeWordPress();
    await expect(client(wp, 'wrong pass').testConnection()).rejects.toThrow(
      /refused the login\. Check the application password for editor\./,
    );
  });

  it('shows WordPress’s own message for a 400 and says when a post is gone', async () => {
    const wp = await fakeWordPress();
    await expect(client(wp).publish({ ...post, title: '' })).rejects.toThrow(
      /rejected the request \(HTTP 400\): Invalid parameter\(s\): title/,
    );
    await expect(client(wp).publish(post, 999)).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('explains malformed JSON, refused connections and unknown hosts', async () => {
    const wp = await fakeWordPress();
    wp.fault = (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"id": 4, "li');
      return true;
    };
    await expect(client(wp).testConnection()).rejects.toMatchObject({ kind: 'unreadable' });
    const port = Number(new URL(wp.url).port);
    server!.closeAllConnections();
    await new Promise((resolve) => server!.close(resolve));
    server = undefined;
    const closed = new WordPressClient(
      { siteUrl: `http://127.0.0.1:${port}`, user: 'editor', appPassword: 'x' },
      { backoffMs: 10 },
    );
    await expect(closed.testConnection()).rejects.toThrow(/Nothing is answering at 127\.0\.0\.1/);
    const nowhere = new WordPressClient(
      { siteUrl: 'http://no-such-host.invalid', user: 'editor', appPassword: 'x' },
      { backoffMs: 10 },
    );
    await expect(nowhere.testConnection()).rejects.toBeInstanceOf(CmsError);
  });
});

describe('Ghost admin token', () => {
  it('is an HS256 JWT with kid, /admin/ audience and a five-minute life, signed with the hex secret', () => {
    const secret = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';
    const token = ghostAdminToken(`6489abcd:${secret}`, Date.UTC(2026, 0, 1));
    const [header, payload, signature] = token.split('.');
    expect(JSON.parse(Buffer.from(header!, 'base64url').toString())).toEqual({
      alg: 'HS256',
      typ: 'JWT',
      kid: '6489abcd',
    });
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    expect(claims).toEqual({ iat: 1767225600, exp: 1767225900, aud: '/admin/' });
    expect(signature).toBe(
      createHmac('sha256', Buffer.from(secret, 'hex'))
        .update(`${header}.${payload}`)
        .digest('base64url'),
    );
    expect(() => ghostAdminToken('not-a-key')).toThrow(/id, a colon and a hex secret/);
  });
});

describe('byline names', () => {
  it('takes the first person named in a byline', async () => {
    const { bylineName } = await import('../../../main/cms/wordpress');
    expect(bylineName('By Lena Hartwell, Staff Writer')).toBe('Lena Hartwell');
    expect(bylineName('by Ana Ruiz and Ben Okafor')).toBe('Ana Ruiz');
    expect(bylineName('Rosa Diaz | The Bee')).toBe('Rosa Diaz');
    expect(bylineName('  ')).toBe('');
  });
});
