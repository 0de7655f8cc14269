import { appendFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VersionService } from '../../../main/history/version-service';
import { StoryLibrary } from '../../../main/library/story-library';
import { blockText } from '../../../shared/story';
import type { Story } from '../../../shared/story';
import { para } from '../../helpers/story-builders';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();

async function setup(start = Date.parse('2026-05-01T09:00:00Z')) {
  let clock = start;
  const now = () => new Date(clock);
  const versions = new VersionService(() => 'Dana Cole', now);
  const library = new StoryLibrary(join(await tempDir(), 'lib'), {
    now,
    onCreated: versions.onCreated,
    onSaved: versions.onSaved,
  });
  versions.attach(library);
  const advance = (ms: number) => {
    clock += ms;
  };
  // These tests play one window saving in turn, each save based on what is on disk.
  const save = async (story: Story): Promise<Story> =>
    library.save(story, (await library.open(story.id)).updatedAt);
  return { versions, library, advance, save };
}

const withText = (story: Story, ...texts: string[]): Story => ({ ...story, body: texts.map(para) });

describe('VersionService', () => {
  it('records creation, status changes, named saves and checkpoints, but not every autosave', async () => {
    const { versions, library, advance, save } = await setup();
    const story = await library.create({ headline: 'Pier closes' });
    advance(1000);
    await save(withText(story, 'The pier closed Monday.'));
    advance(1000);
    await save({ ...withText(story, 'The pier closed Monday.'), status: 'editing' });
    advance(1000);
    await save({ ...withText(story, 'The pier closed Monday night.'), status: 'editing' });
    advance(6 * 60_000);
    await save({
      ...withText(story, 'The pier closed late Monday night.'),
      status: 'editing',
    });
    await versions.record(await library.open(story.id), 'saved', 'Before desk');
    const { versions: list, problems } = await versions.list(story.id);
    expect(problems).toEqual([]);
    expect(list.map((v) => v.event)).toEqual(['saved', 'checkpoint', 'status', 'created']);
    expect(list[0]).toMatchObject({ name: 'Before desk', author: 'Dana Cole' });
    expect(list[2]?.detail).toBe('Status changed from draft to editing');
  });

  it('checkpoints after a couple of hundred changed words even within minutes', async () => {
    const { versions, library, advance, save } = await setup();
    const story = await library.create({ headline: 'Budget' });
    advance(1000);
    await save(withText(story, 'word '.repeat(250)));
    const { versions: list } = await versions.list(story.id);
    expect(list[0]).toMatchObject({ event: 'checkpoint', wordsAdded: 250 });
  });

  it('compares a version with the current text and restores it as a new version', async () => {
    const { versions, library, advance, save } = await setup();
    const story = await library.create({ headline: 'Ferry' });
    await save(withText(story, 'Riders in Oaklan waited.'));
    const first = await versions.record(await library.open(story.id), 'saved', 'Reporter draft');
    advance(60_000);
    await save(withText(story, 'Riders in Oakland waited an hour.'));
    const comparison = await versions.compare(story.id, first.id, 'current');
    expect(comparison.wordsAdded).toBe(3);
    expect(comparison.wordsRemoved).toBe(1);

    advance(60_000);
    const restored = await versions.restore(story.id, first.id);
    expect(restored.body.map(blockText)).toEqual(['Riders in Oaklan waited.']);
    expect((await library.open(story.id)).body.map(blockText)).toEqual([
      'Riders in Oaklan waited.',
    ]);
    const { versions: list } = await versions.list(story.id);
    expect(list.slice(0, 2).map((v) => v.event)).toEqual(['restored', 'before-restore']);
    // The text before the restore is still there.
    const before = list[1]!;
    const back = await versions.compare(story.id, before.id, 'current');
    expect(back.wordsRemoved).toBe(3);
  });

  it('names and renames a version without rewriting its entry', async () => {
    const { versions, library } = await setup();
    const story = await library.create({ headline: 'Names' });
    const { versions: list } = await versions.list(story.id);
    const path = join(library.storyDir(story.id), 'history.jsonl');
    const firstLine = (await readFile(path, 'utf8')).split('\n')[0];
    await versions.name(story.id, list[0]!.id, 'Assignment');
    await versions.name(story.id, list[0]!.id, 'Assignment, final');
    expect((await versions.list(story.id)).versions[0]?.name).toBe('Assignment, final');
    expect((await readFile(path, 'utf8')).split('\n')[0]).toBe(firstLine);
  });

  it('recovers from a torn last line: reports it, keeps a backup, and appends cleanly after it', async () => {
    const { versions, library } = await setup();
    const story = await library.create({ headline: 'Torn' });
    await versions.record(withText(story, 'One.'), 'saved');
    const path = join(library.storyDir(story.id), 'history.jsonl');
    await appendFile(path, '{"v":1,"kind":"version","id":"vtorn00001","par');
    const reader = new VersionService(() => 'Reader');
    reader.attach(library);
    const listing = await reader.list(story.id);
    expect(listing.versions).toHaveLength(2);
    expect(listing.problems).toEqual([expect.stringMatching(/cut short/)]);

    await reader.record(withText(story, 'Two.'), 'saved');
    const third = new VersionService(() => 'Third');
    third.attach(library);
    const after = await third.list(story.id);
    expect(after.problems).toEqual([]);
    expect(after.versions).toHaveLength(3);
    const files = await readdir(library.storyDir(story.id));
    expect(files.some((f) => /^history\.jsonl\.\d+\.bak$/.test(f))).toBe(true);
  });

  it('refuses unknown versions clearly', async () => {
    const { versions, library } = await setup();
    const story = await library.create({ headline: 'x' });
    await expect(versions.compare(story.id, 'vnothere01', 'current')).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});
