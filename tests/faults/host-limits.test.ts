import { connect } from 'node:net';
import type { Socket } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startBrowserHost } from '../../main/http-host';
import type { BrowserHost } from '../../main/http-host';
import { createServices } from '../../main/services';
import { createConfSettings } from '../../main/settings/conf-settings';
import type { Story } from '../../shared/story';
import { callHost } from '../helpers/host-call';
import { rewriteStory } from '../helpers/rewrite';
import { newsLikeStory } from '../helpers/story-builders';
import { useTempDir } from '../helpers/temp-dir';
import { recordFault } from './ledger';

const tempDir = useTempDir();
let host: BrowserHost | undefined;
const sockets: Socket[] = [];
const errors: string[] = [];
const log = {
  info: () => undefined,
  warn: () => undefined,
  error: (m: string) => errors.push(m),
};

afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  await host?.close();
  host = undefined;
});

async function start(): Promise<BrowserHost> {
  const dir = await tempDir();
  const handlers = createServices({
    settings: createConfSettings(join(dir, 'config')),
    env: { GALLEY_LIBRARY: join(dir, 'library'), GALLEY_CONFIG_DIR: join(dir, 'config') },
  });
  host = await startBrowserHost({ handlers, staticDir: join(dir, 'static'), log });
  return host;
}

function raw(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk.toString();
    });
    socket.on('end', () => resolve(answer));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
    setTimeout(() => {
      socket.destroy();
      resolve(answer);
    }, 5_000);
  });
}

describe('browser host limits', () => {
  it('keeps answering while 1,100 idle sockets are open', async () => {
    const h = await start();
    await Promise.all(
      Array.from(
        { length: 1_100 },
        () =>
          new Promise<void>((resolve) => {
            const s = connect(h.port, '127.0.0.1', () => resolve());
            s.on('error', () => resolve());
            sockets.push(s);
          }),
      ),
    );
    // The idle ones are dropped after a few seconds; a real request gets through meanwhile or
    // right after, never stalls for good.
    const started = Date.now();
    let answer: Awaited<ReturnType<typeof callHost>> | undefined;
    while (!answer && Date.now() - started < 15_000) {
      answer = await callHost(h, 'listStories', {}).catch(() => undefined);
      if (!answer) await new Promise((r) => setTimeout(r, 250));
    }
    expect(answer?.status).toBe(200);
    recordFault({
      fault: '1,100 idle sockets',
      wordsLost: 0,
      blockedCalls: 0,
      note: `answered after ${Date.now() - started} ms`,
    });
  });

  it('answers a 200 MB body with 413 before reading it, and a malformed address with 400', async () => {
    const h = await start();
    const big = await raw(
      h.port,
      `POST /api/listStories HTTP/1.1\r\nHost: 127.0.0.1:${h.port}\r\nAuthorization: Bearer ${h.token}\r\nContent-Type: application/json\r\nContent-Length: 209715200\r\n\r\n{`,
    );
    expect(big).toMatch(/^HTTP\/1\.1 413/);
    const bad = await raw(
      h.port,
      `GET /%E0%A4%A HTTP/1.1\r\nHost: 127.0.0.1:${h.port}\r\nConnection: close\r\n\r\n`,
    );
    expect(bad).toMatch(/^HTTP\/1\.1 400/);
    expect(errors.filter((e) => e.includes('request failed'))).toEqual([]);
    recordFault({ fault: '200 MB body, malformed URL', wordsLost: 0, blockedCalls: 0 });
  });

  it('answers other calls while a rewritten 20,000-word story is saved', async () => {
    const h = await start();
    const created = (await callHost(h, 'createStory', { headline: 'Rewrite' })).json
      .result as Story;
    let story = (
      await callHost(h, 'saveStory', {
        story: { ...newsLikeStory(20_000), id: created.id, headline: 'Rewrite' },
        base: created.updatedAt,
      })
    ).json.result as { updatedAt: string };
    let current = { ...newsLikeStory(20_000), id: created.id, updatedAt: story.updatedAt };
    let blocked = 0;
    let worst = 0;
    for (let i = 0; i < 4; i++) {
      const next = rewriteStory(current, 20 + i);
      const save = callHost(h, 'saveStory', { story: next, base: current.updatedAt });
      const started = performance.now();
      const listed = await callHost(h, 'listTrash', {});
      const waited = performance.now() - started;
      worst = Math.max(worst, waited);
      if (waited > 100) blocked++;
      expect(listed.status).toBe(200);
      story = (await save).json.result as { updatedAt: string };
      current = { ...next, updatedAt: story.updatedAt };
    }
    recordFault({
      fault: 'rewrite of a 20k-word story saved',
      wordsLost: 0,
      blockedCalls: blocked,
      note: `slowest concurrent call ${Math.round(worst)} ms`,
    });
    // A busy CI machine can stall anything once; the table reports the count, the bench the time.
    expect(blocked).toBeLessThanOrEqual(1);
  });
});
