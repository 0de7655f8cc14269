import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBrowserHost } from '../../../main/http-host';
import type { BrowserHost } from '../../../main/http-host';
import type { Log } from '../../../main/log';
import { createServices } from '../../../main/services';
import { createConfSettings } from '../../../main/settings/conf-settings';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();
let running: BrowserHost | undefined;

afterEach(async () => {
  await running?.close();
  running = undefined;
});

function recordingLog(): Log & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(`info ${m}`),
    warn: (m) => lines.push(`warn ${m}`),
    error: (m) => lines.push(`error ${m}`),
  };
}

async function start(
  log = recordingLog(),
): Promise<{ host: BrowserHost; library: string; log: typeof log }> {
  const dir = await tempDir();
  const library = join(dir, 'library');
  const handlers = createServices({
    settings: createConfSettings(join(dir, 'config')),
    env: { GALLEY_LIBRARY: library },
  });
  const staticDir = join(dir, 'static');
  running = await startBrowserHost({ handlers, staticDir, log, token: 'test-token-123' });
  return { host: running, library, log };
}

async function call(
  host: BrowserHost,
  name: string,
  body: unknown,
  token = host.token,
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  json: { ok: boolean; result?: unknown; error?: { code: string; message: string } };
}> {
  const response = await fetch(`http://127.0.0.1:${host.port}/api/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as never };
}

describe('browser host', () => {
  it('serves operations with the right token and puts the token only in the fragment', async () => {
    const { host } = await start();
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=test-token-123$/);
    const created = await call(host, 'createStory', { headline: 'Hello' });
    expect(created.status).toBe(200);
    const listed = await call(host, 'listStories', {});
    expect(
      (listed.json.result as { stories: { headline: string }[] }).stories.map((s) => s.headline),
    ).toContain('Hello');
  });

  it('rejects a wrong token, logs it, and writes nothing', async () => {
    const { host, library, log } = await start();
    const response = await call(host, 'createStory', { headline: 'Intruder' }, 'wrong');
    expect(response.status).toBe(401);
    expect(response.json.error?.message).toMatch(/not signed in/);
    expect(log.lines.some((line) => line.includes('wrong token'))).toBe(true);
    await expect(readdir(library)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('rejects wrong argument types with a clear error and writes nothing', async () => {
    const { host, library, log } = await start();
    await call(host, 'listStories', {});
    const before = await readdir(library);
    const response = await call(host, 'createStory', { headline: 42 });
    expect(response.status).toBe(400);
    expect(response.json.error).toEqual({
      code: 'bad-request',
      message: expect.stringMatching(/createStory \(headline\)/),
    });
    expect(await readdir(library)).toEqual(before);
    expect(log.lines.some((line) => line.startsWith('warn operation createStory refused'))).toBe(
      true,
    );
    expect((await call(host, 'noSuchThing', {})).json.error?.code).toBe('bad-request');
    expect((await call(host, 'listStories', '{not json')).status).toBe(400);
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const { host } = await start();
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: host.port, path: '/', headers: { Host: 'attacker.example:80' } },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(421);
  });

  it('refuses to listen on anything but loopback', async () => {
    const dir = await tempDir();
    const handlers = createServices({
      settings: createConfSettings(dir),
      env: { GALLEY_LIBRARY: dir },
    });
    await expect(
      startBrowserHost({ handlers, staticDir: dir, log: recordingLog(), host: '0.0.0.0' }),
    ).rejects.toThrow(/only listens on this computer/);
  });

  it('does not serve files outside the renderer folder', async () => {
    const { host } = await start();
    const response = await fetch(`http://127.0.0.1:${host.port}/..%2f..%2fetc%2fpasswd`);
    expect(response.status).toBe(404);
  });

  it('sends a strict CSP', async () => {
    const { host } = await start();
    const response = await fetch(`http://127.0.0.1:${host.port}/missing`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
  });
});
