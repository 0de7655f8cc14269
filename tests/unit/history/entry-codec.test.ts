import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HistoryStore } from '../../../main/history/history-store';
import { contentOf, serializeContent } from '../../../shared/history/serialize';
import { seal } from '../../../shared/history/version-log';
import { newsLikeStory } from '../../helpers/story-builders';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();

describe('compressed history entries', () => {
  it('stores large snapshots deflated and reads them back exactly', async () => {
    const dir = join(await tempDir(), 's');
    await mkdir(dir);
    const story = newsLikeStory(3000);
    const store = new HistoryStore(() => dir);
    const entry = await store.append(story.id, contentOf(story), {
      now: new Date(),
      author: 'T',
      event: 'created',
    });
    const line = (await readFile(join(dir, 'history.jsonl'), 'utf8')).trim();
    expect(JSON.parse(line)).toHaveProperty('snapshotZ');
    expect(line.length).toBeLessThan(serializeContent(contentOf(story)).length / 1.5);
    const fresh = await new HistoryStore(() => dir).content(story.id, entry.id);
    expect(serializeContent(fresh)).toBe(serializeContent(contentOf(story)));
  });

  it('reports a sealed line whose compressed payload is garbage instead of crashing', async () => {
    const dir = join(await tempDir(), 's');
    await mkdir(dir);
    const story = newsLikeStory(500);
    const store = new HistoryStore(() => dir);
    await store.append(story.id, contentOf(story), {
      now: new Date(),
      author: 'T',
      event: 'created',
    });
    const bogus = seal({
      v: 1,
      kind: 'version',
      id: 'vbogus0001',
      parent: null,
      time: new Date().toISOString(),
      author: 'T',
      event: 'saved',
      hash: 'x',
      wordsAdded: 0,
      wordsRemoved: 0,
      snapshotZ: '!!!notdeflate',
    });
    await writeFile(
      join(dir, 'history.jsonl'),
      `${await readFile(join(dir, 'history.jsonl'), 'utf8')}${JSON.stringify(bogus)}\n`,
    );
    const loaded = await new HistoryStore(() => dir).load(story.id);
    expect(loaded.index.versions).toHaveLength(1);
    expect(loaded.problems[0]?.message).toMatch(/damaged/);
  });
});
