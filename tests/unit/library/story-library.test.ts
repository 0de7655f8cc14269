import { chmod, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StoryLibrary } from '../../../main/library/story-library';
import { sampleStory } from '../../../main/sample-story';
import { GalleyError } from '../../../shared/api';
import { blockText } from '../../../shared/story';
import type { Story } from '../../../shared/story';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();

async function library(
  options: ConstructorParameters<typeof StoryLibrary>[1] = {},
): Promise<StoryLibrary> {
  return new StoryLibrary(join(await tempDir(), 'lib'), options);
}

function withBody(story: Story, text: string): Story {
  return { ...story, body: [{ type: 'paragraph', children: [{ text }] }] };
}

describe('StoryLibrary', () => {
  it('seeds the sample story into a brand-new library, and only once', async () => {
    const lib = await library({ sample: sampleStory });
    const first = await lib.list();
    expect(first.stories).toHaveLength(1);
    expect(first.stories[0]?.headline).toMatch(/Ferry/);
    await lib.trash(first.stories[0]!.id);
    const again = new StoryLibrary(lib.root, { sample: sampleStory });
    expect((await again.list()).stories).toHaveLength(0);
  });

  it('creates, saves and reopens a story, listing newest first with word counts', async () => {
    let clock = Date.parse('2026-01-01T10:00:00Z');
    const lib = await library({ now: () => new Date((clock += 1000)) });
    const a = await lib.create({ headline: 'Council approves budget' });
    const b = await lib.create({ headline: 'School board meets' });
    await lib.save(withBody(a, 'Three words here'));
    const listing = await lib.list();
    expect(listing.stories.map((s) => s.headline)).toEqual([
      'Council approves budget',
      'School board meets',
    ]);
    expect(listing.stories[0]?.wordCount).toBe(3);
    expect(listing.stories[0]?.slug).toBe('council-approves-budget');
    const reopened = await lib.open(a.id);
    expect(blockText(reopened.body[0]!)).toBe('Three words here');
    expect(reopened.updatedAt > a.updatedAt).toBe(true);
    expect(b.id).not.toBe(a.id);
  });

  it('writes story.json atomically and leaves no temp files behind', async () => {
    const lib = await library();
    const story = await lib.create({ headline: 'Atomic' });
    let current = story;
    for (let i = 0; i < 20; i++) current = await lib.save(withBody(current, `version ${i}`));
    const files = await readdir(join(lib.root, story.id));
    expect(files).toEqual(['story.json']);
    const text = await readFile(join(lib.root, story.id, 'story.json'), 'utf8');
    expect(JSON.parse(text).body[0].children[0].text).toBe('version 19');
  });

  it('serializes concurrent saves: the first from a revision lands, stale ones are conflicts', async () => {
    const lib = await library();
    const story = await lib.create();
    const results = await Promise.allSettled(
      Array.from({ length: 15 }, (_, i) => lib.save(withBody(story, `save ${i}`))),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.slice(1))
      expect(r).toMatchObject({ status: 'rejected', reason: { code: 'conflict' } });
    expect(blockText((await lib.open(story.id)).body[0]!)).toBe('save 0');
  });

  it('refuses a stale save from a second window, keeping the first window’s text', async () => {
    const lib = await library();
    const story = await lib.create({ headline: 'Two windows' });
    const windowA = await lib.open(story.id);
    const windowB = await lib.open(story.id);
    await lib.save(withBody(windowA, 'A rewrote the body'));
    await expect(lib.save({ ...windowB, dek: 'B edited the dek' })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/changed in another window/),
    });
    const onDisk = await lib.open(story.id);
    expect(blockText(onDisk.body[0]!)).toBe('A rewrote the body');
    expect(onDisk.dek).toBe('');
    // B, told of the conflict, bases its save on the newer revision and it lands.
    const rebased = await lib.save({ ...onDisk, dek: 'B edited the dek' }, onDisk.updatedAt);
    expect(rebased.dek).toBe('B edited the dek');
    expect(blockText(rebased.body[0]!)).toBe('A rewrote the body');
  });

  it('lets one host write a library; a second opens it read-only with the reason', async () => {
    const root = join(await tempDir(), 'lib');
    const first = new StoryLibrary(root);
    const story = await first.create({ headline: 'Locked' });
    const { lockLibrary } = await import('../../../main/library/library-lock');
    // Another process's lock is simulated by taking it directly on a second library folder
    // the same way a second host would, and checking what that host is told.
    const other = await lockLibrary(root, () => undefined);
    expect(other).toMatchObject({
      kind: 'read-only',
      reason: expect.stringMatching(/open for writing in Galley \(process \d+/),
    });
    await first.close();
    const second = new StoryLibrary(root);
    expect(await second.readOnly()).toBeUndefined();
    await second.save(withBody(await second.open(story.id), 'second host writes'));
    await expect(first.save(withBody(story, 'closed library'))).rejects.toMatchObject({
      code: 'read-only',
    });
    await second.close();
  });

  it('lists a corrupt story.json as damaged, keeps working, and never overwrites it', async () => {
    const lib = await library();
    const good = await lib.create({ headline: 'Good one' });
    const bad = await lib.create({ headline: 'Bad one' });
    const badPath = join(lib.root, bad.id, 'story.json');
    await writeFile(badPath, '{"format": 1, "headline": "Bad one", "body": [');
    const listing = await lib.list();
    expect(listing.stories.map((s) => s.id)).toEqual([good.id]);
    expect(listing.damaged).toEqual([
      { id: bad.id, reason: expect.stringMatching(/not valid JSON/) },
    ]);
    await expect(lib.open(bad.id)).rejects.toMatchObject({ code: 'damaged' });
    await expect(lib.save(withBody(bad, 'overwrite attempt'))).rejects.toMatchObject({
      code: 'damaged',
    });
    expect(await readFile(badPath, 'utf8')).toBe('{"format": 1, "headline": "Bad one", "body": [');
  });

  it('reports a story from a newer Galley as damaged, naming the format', async () => {
    const lib = await library();
    const story = await lib.create({ headline: 'From the future' });
    const path = join(lib.root, story.id, 'story.json');
    const future = { ...JSON.parse(await readFile(path, 'utf8')), format: 7, newField: 'x' };
    await writeFile(path, JSON.stringify(future));
    const listing = await lib.list();
    expect(listing.damaged[0]?.reason).toMatch(/newer version of Galley \(format 7/);
    await expect(lib.save(story)).rejects.toBeInstanceOf(GalleyError);
    expect(JSON.parse(await readFile(path, 'utf8')).format).toBe(7);
  });

  it('reports a schema mismatch with the field that is wrong', async () => {
    const lib = await library();
    const story = await lib.create();
    const path = join(lib.root, story.id, 'story.json');
    await writeFile(path, JSON.stringify({ ...story, status: 'spiked' }));
    expect((await lib.list()).damaged[0]?.reason).toMatch(/status/);
  });

  it('moves deleted stories to the trash and restores them', async () => {
    const lib = await library();
    const story = await lib.create({ headline: 'Trash me' });
    await lib.trash(story.id);
    expect((await lib.list()).stories).toHaveLength(0);
    expect((await lib.listTrash()).map((s) => s.headline)).toEqual(['Trash me']);
    expect(await readdir(join(lib.root, '.trash'))).toEqual([story.id]);
    const restored = await lib.restore(story.id);
    expect(restored.headline).toBe('Trash me');
    expect((await lib.list()).stories).toHaveLength(1);
    expect(await lib.listTrash()).toHaveLength(0);
    await expect(lib.restore(story.id)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('renames a story, deriving the slug from the headline', async () => {
    const lib = await library();
    const story = await lib.create({ headline: 'Old headline' });
    const renamed = await lib.rename(story.id, '  Café owners sue city  ');
    expect(renamed.headline).toBe('Café owners sue city');
    expect(renamed.slug).toBe('cafe-owners-sue-city');
    expect((await lib.rename(story.id, 'New', 'Custom Slug!')).slug).toBe('custom-slug');
    await expect(lib.rename(story.id, '   ')).rejects.toMatchObject({ code: 'bad-request' });
  });

  it('refuses ids that could escape the library folder', async () => {
    const lib = await library();
    await expect(lib.open('../../etc')).rejects.toMatchObject({ code: 'bad-request' });
    await expect(lib.trash('..')).rejects.toMatchObject({ code: 'bad-request' });
  });

  it('explains an unwritable library in plain words', async () => {
    if (process.getuid?.() === 0) {
      // Root ignores permission bits, so make the library path a file instead: writes fail.
      const dir = await tempDir();
      await writeFile(join(dir, 'lib'), 'not a folder');
      const lib = new StoryLibrary(join(dir, 'lib'));
      await expect(lib.create()).rejects.toMatchObject({
        code: 'unwritable',
        message: expect.stringMatching(/text is safe/),
      });
      return;
    }
    const dir = await tempDir();
    await mkdir(join(dir, 'lib'));
    await chmod(join(dir, 'lib'), 0o500);
    const lib = new StoryLibrary(join(dir, 'lib'));
    await expect(lib.create()).rejects.toMatchObject({ code: 'unwritable' });
  });

  it('ignores stray files and folders that are not stories', async () => {
    const lib = await library();
    await lib.create({ headline: 'Real' });
    await writeFile(join(lib.root, 'notes.txt'), 'hello');
    await mkdir(join(lib.root, 'Some Folder'));
    const listing = await lib.list();
    expect(listing.stories).toHaveLength(1);
    expect(listing.damaged).toHaveLength(0);
  });

  it('imports a file as a new story', async () => {
    const lib = await library();
    const story = await lib.import(
      'council-vote.md',
      '# Council votes 5-2\n\nThe council **approved** the plan.\n',
    );
    expect(story.headline).toBe('Council votes 5-2');
    expect(story.slug).toBe('council-votes-5-2');
    expect((await lib.open(story.id)).body[0]?.children).toEqual([
      { text: 'The council ' },
      { text: 'approved', bold: true },
      { text: ' the plan.' },
    ]);
  });
});
