import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { readdir, readFile, rm, statfs, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SecretStore, PLAIN_CIPHER } from '../../main/cms/secret-store';
import { VersionService } from '../../main/history/version-service';
import { storeImage } from '../../main/library/story-images';
import { StoryLibrary } from '../../main/library/story-library';
import { createConfSettings } from '../../main/settings/conf-settings';
import { blockText } from '../../shared/story';
import type { Story } from '../../shared/story';
import { newsLikeStory } from '../helpers/story-builders';
import { recordFault, wordsMissing } from './ledger';

// A real, small file system: a 512 KB tmpfs, mounted where the machine allows it (root in CI).
const mountPoint = mkdtempSync(join(tmpdir(), 'galley-diskfull-'));
let skipReason: string | undefined;
try {
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=512k', 'tmpfs', mountPoint], { stdio: 'pipe' });
} catch (error) {
  skipReason = `cannot mount a tmpfs here (${String((error as Error).message).split('\n')[0]}); run as root to test a really full disk`;
  process.stdout.write(`disk-full tests SKIPPED: ${skipReason}\n`);
}

afterAll(() => {
  if (!skipReason) execFileSync('umount', ['-l', mountPoint], { stdio: 'pipe' });
  rmSync(mountPoint, { recursive: true, force: true });
});

async function fillLeaving(bytes: number): Promise<string> {
  const filler = join(mountPoint, `filler-${Date.now()}`);
  const { bavail, bsize } = await statfs(mountPoint);
  await writeFile(filler, Buffer.alloc(Math.max(0, bavail * bsize - bytes)));
  return filler;
}

const text = (story: Story): string => story.body.map((b) => blockText(b)).join(' ');

describe.skipIf(skipReason !== undefined)('a full disk', () => {
  it('never truncates a story: the save is refused in words, the old file stays whole, and it saves once there is room', async () => {
    const versions = new VersionService(() => 'Disk Test');
    const library = new StoryLibrary(join(mountPoint, 'lib'), {
      onCreated: versions.onCreated,
      onSaved: versions.onSaved,
    });
    versions.attach(library);
    const created = await library.create({ headline: 'Full disk' });
    const small = await library.save({ ...newsLikeStory(600), id: created.id }, created.updatedAt);
    const historyBefore = await readFile(join(library.storyDir(small.id), 'history.jsonl'), 'utf8');

    const filler = await fillLeaving(100 * 1024);
    const big = { ...newsLikeStory(33_000, 3), id: small.id, updatedAt: small.updatedAt };
    expect(Buffer.byteLength(JSON.stringify(big))).toBeGreaterThan(200_000);
    const attempt = library.save(big);
    await expect(attempt).rejects.toMatchObject({
      code: 'disk-full',
      message: expect.stringMatching(/^the disk is full/),
    });
    const onDisk = await library.open(small.id);
    expect(text(onDisk)).toBe(text(small));
    expect((await readdir(library.storyDir(small.id))).filter((f) => f.endsWith('.tmp'))).toEqual(
      [],
    );

    // A version that does not fit leaves the history as it was, with no half line.
    await fillLeaving(0);
    await expect(versions.record(big, 'saved', 'too big')).rejects.toMatchObject({
      code: 'disk-full',
    });
    expect(await readFile(join(library.storyDir(small.id), 'history.jsonl'), 'utf8')).toBe(
      historyBefore,
    );

    // Images, CMS secrets and settings on the same full disk.
    const image = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(150_000, 7),
    ]);
    await expect(
      storeImage(library.storyDir(small.id), 'photo.png', image.toString('base64')),
    ).rejects.toMatchObject({ code: 'disk-full' });
    const secrets = new SecretStore(join(mountPoint, 'config', 'secrets.json'), PLAIN_CIPHER);
    await rm(filler);
    await secrets.set('wp-one', 'first secret');
    const settings = createConfSettings(join(mountPoint, 'config'));
    settings.update({ authorName: 'Before Full' });
    await fillLeaving(0);
    await expect(secrets.set('wp-two', 'x'.repeat(400))).rejects.toMatchObject({
      code: 'disk-full',
    });
    expect(await secrets.get('wp-one')).toBe('first secret');
    expect(() =>
      settings.update({ newsroomWords: Array.from({ length: 2000 }, (_, i) => `word${i}`) }),
    ).toThrow(/the disk is full/);
    expect(createConfSettings(join(mountPoint, 'config')).get().authorName).toBe('Before Full');

    // Room again: the same save lands.
    for (const f of await readdir(mountPoint))
      if (f.startsWith('filler-')) await rm(join(mountPoint, f));
    const saved = await library.save(big);
    expect(text(await library.open(saved.id))).toBe(text(big));
    await library.close();
    recordFault({
      fault: 'disk full: story, history, image, secrets, settings',
      wordsLost: wordsMissing(text(small), text(onDisk)),
      blockedCalls: 0,
      note: '512 KB tmpfs',
    });
  });
});
