import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHost } from '../../main/http-host';
import type { BrowserHost } from '../../main/http-host';
import { createServices } from '../../main/services';
import { createConfSettings } from '../../main/settings/conf-settings';
import { SecretStore, PLAIN_CIPHER } from '../../main/cms/secret-store';
import { blockText } from '../../shared/story';
import type { Story } from '../../shared/story';
import { bundleChild } from '../helpers/bundle-child';
import { callHost } from '../helpers/host-call';
import { para } from '../helpers/story-builders';
import { useTempDir } from '../helpers/temp-dir';
import { recordFault, wordsMissing } from './ledger';

const tempDir = useTempDir();
let host: BrowserHost | undefined;
let secondHost = '';

beforeAll(async () => {
  secondHost = await bundleChild('tests/helpers/second-host.ts');
});

afterEach(async () => {
  await host?.close();
  host = undefined;
});

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

// A browser host on a fresh library; the host is closed after each test.
async function startHost(): Promise<{ library: string; host: BrowserHost }> {
  const dir = await tempDir();
  const library = join(dir, 'library');
  const handlers = createServices({
    settings: createConfSettings(join(dir, 'config')),
    env: { GALLEY_LIBRARY: library, GALLEY_CONFIG_DIR: join(dir, 'config') },
  });
  const started = await startBrowserHost({ handlers, staticDir: join(dir, 'static'), log: silent });
  host = started;
  return { library, host: started };
}

describe('concurrent writers', () => {
  it('two windows on one story: the stale save is a conflict, the first window’s body survives', async () => {
    const { host } = await startHost();
    const created = (await callHost(host, 'createStory', { headline: 'Two tabs' })).json
      .result as Story;
    const tabA = (await callHost(host, 'openStory', { id: created.id })).json.result as Story;
    const tabB = (await callHost(host, 'openStory', { id: created.id })).json.result as Story;
    const bodyA = 'Tab A rewrote the whole body of the Fresno water story.';
    const savedA = await callHost(host, 'saveStory', {
      story: { ...tabA, body: [para(bodyA)] },
      base: tabA.updatedAt,
    });
    expect(savedA.status).toBe(200);
    const staleB = await callHost(host, 'saveStory', {
      story: { ...tabB, dek: 'Tab B only touched the dek' },
      base: tabB.updatedAt,
    });
    expect(staleB.status).toBe(409);
    expect(staleB.json.error).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/changed in another window/),
    });
    // Without an explicit base the story's own updatedAt is the base: still a conflict.
    expect(
      (await callHost(host, 'saveStory', { story: { ...tabB, dek: 'again' } })).json.error?.code,
    ).toBe('conflict');
    const now = (await callHost(host, 'openStory', { id: created.id })).json.result as Story;
    expect(blockText(now.body[0]!)).toBe(bodyA);
    // B keeps its text as a version before loading A's: nothing is lost either way.
    const kept = await callHost(host, 'saveVersion', {
      id: created.id,
      name: 'B before loading',
      story: { ...tabB, dek: 'Tab B only touched the dek' },
    });
    expect(kept.status).toBe(200);
    recordFault({
      fault: 'two windows save one story',
      wordsLost: wordsMissing(bodyA, blockText(now.body[0]!)),
      blockedCalls: 0,
    });
  });

  it('a second host on the same library opens it read-only and writes nothing', async () => {
    const { library, host } = await startHost();
    const created = (await callHost(host, 'createStory', { headline: 'Locked library' })).json
      .result as Story;
    const { stdout } = await promisify(execFile)(process.execPath, [
      secondHost,
      library,
      created.id,
    ]);
    const report = JSON.parse(stdout) as { readOnly: string | null; save: string };
    expect(report.readOnly).toMatch(/open here read-only/);
    expect(report.save).toMatch(/^read-only: /);
    const after = (await callHost(host, 'openStory', { id: created.id })).json.result as Story;
    expect(after.dek).toBe('');
    expect((await callHost(host, 'listStories', {})).json.result).not.toHaveProperty('readOnly');
    recordFault({ fault: 'second host on one library', wordsLost: 0, blockedCalls: 0 });
  });

  it('four CMS profiles saved at once keep four secrets; a damaged secrets file is kept aside', async () => {
    const dir = await tempDir();
    const path = join(dir, 'secrets.json');
    const store = new SecretStore(path, PLAIN_CIPHER);
    await Promise.all(['a', 'b', 'c', 'd'].map((id) => store.set(`wp-${id}`, `secret-${id}`)));
    for (const id of ['a', 'b', 'c', 'd']) expect(await store.get(`wp-${id}`)).toBe(`secret-${id}`);
    const { writeFile, readdir } = await import('node:fs/promises');
    await writeFile(path, '{"wp-a": "secret-a", "wp-b": ');
    await expect(store.get('wp-a')).rejects.toMatchObject({
      code: 'damaged',
      message: expect.stringMatching(/moved it aside/),
    });
    expect((await readdir(dir)).some((f) => f.startsWith('secrets.json.damaged-'))).toBe(true);
    recordFault({
      fault: 'parallel secret saves, damaged secrets file',
      wordsLost: 0,
      blockedCalls: 0,
    });
  });
});
