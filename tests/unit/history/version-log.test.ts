import { describe, expect, it } from 'vitest';
import { contentOf, serializeContent } from '../../../shared/history/serialize';
import { sha256 } from '../../../shared/history/sha256';
import {
  buildVersion,
  entryLine,
  parseLog,
  SNAPSHOT_EVERY,
  VersionIndex,
} from '../../../shared/history/version-log';
import type { LogEntry } from '../../../shared/history/version-log';
import type { Story } from '../../../shared/story';
import { appendToBlock, longStory } from '../../helpers/story-builders';

function editWord(story: Story, n: number): Story {
  const body = story.body.map((block, i) =>
    i === n % story.body.length ? appendToBlock(block, ` edit${n}`) : block,
  );
  return { ...story, body };
}

function buildLog(count: number): { text: string; stories: Story[]; ids: string[] } {
  let story = longStory(3000);
  const index = new VersionIndex([]);
  const stories: Story[] = [];
  const ids: string[] = [];
  let text = '';
  for (let i = 0; i < count; i++) {
    story = editWord(story, i);
    const { entry, text: content } = buildVersion(index, contentOf(story), {
      id: `v${String(i).padStart(8, '0')}`,
      time: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
      author: 'Test',
      event: 'checkpoint',
    });
    index.add(entry, content);
    text += entryLine(entry);
    stories.push(story);
    ids.push(entry.id);
  }
  return { text, stories, ids };
}

describe('version log', () => {
  it('stores patches between snapshots and rebuilds every version exactly', () => {
    const { text, stories, ids } = buildLog(120);
    const { entries, problems } = parseLog(text);
    expect(problems).toEqual([]);
    const versions = entries.filter(
      (e): e is Extract<LogEntry, { kind: 'version' }> => e.kind === 'version',
    );
    const snapshots = versions.filter((e) => e.snapshot !== undefined).length;
    expect(snapshots).toBe(Math.ceil(120 / SNAPSHOT_EVERY));
    const fresh = new VersionIndex(entries);
    for (let i = 0; i < ids.length; i += 7) {
      expect(fresh.text(ids[i]!)).toBe(serializeContent(contentOf(stories[i]!)));
      expect(fresh.versions[i]?.hash).toBe(sha256(serializeContent(contentOf(stories[i]!))));
    }
    expect(Math.max(...ids.map((id) => fresh.depth(id)))).toBeLessThan(SNAPSHOT_EVERY);
  });

  it('records words added and removed against the parent', () => {
    const { text } = buildLog(3);
    const versions = parseLog(text).entries as Extract<LogEntry, { kind: 'version' }>[];
    expect(versions[1]?.wordsAdded).toBe(1);
    expect(versions[1]?.wordsRemoved).toBe(0);
  });

  it('skips a torn last line and reports it; every earlier version still opens', () => {
    const { text, ids } = buildLog(10);
    const torn = text + text.split('\n')[3]!.slice(0, 200);
    const { entries, problems, tornTail } = parseLog(torn);
    expect(tornTail).toBe(true);
    expect(problems).toEqual([{ line: 11, message: expect.stringMatching(/cut short/) }]);
    const index = new VersionIndex(entries);
    for (const id of ids) expect(index.text(id)).toBeDefined();
  });

  it('detects a complete but altered line by its check', () => {
    const { text } = buildLog(4);
    const lines = text.split('\n');
    lines[3] = lines[3]!.replace('"author":"Test"', '"author":"Mallory"');
    const { entries, problems } = parseLog(lines.join('\n'));
    expect(entries).toHaveLength(3);
    expect(problems[0]?.message).toMatch(/Version 4 .* damaged/);
  });

  it('a damaged middle entry only takes down the versions that depend on it', () => {
    const { text, ids } = buildLog(60);
    const lines = text.split('\n');
    lines[20] = '{"garbage": true';
    const { entries, problems } = parseLog(lines.join('\n'));
    expect(problems).toHaveLength(1);
    const index = new VersionIndex(entries);
    for (let i = 0; i < 20; i++) expect(index.text(ids[i]!)).toBeDefined();
    // 21..49 patch against the damaged 20 and cannot be rebuilt; 50 starts a new snapshot.
    expect(index.text(ids[25]!)).toBeUndefined();
    expect(index.text(ids[SNAPSHOT_EVERY]!)).toBeDefined();
    expect(index.text(ids[59]!)).toBeDefined();
  });

  it('snapshots the next version when the newest cannot be rebuilt', () => {
    const { text } = buildLog(30);
    const lines = text.split('\n');
    lines[10] = 'x';
    const index = new VersionIndex(parseLog(lines.join('\n')).entries);
    const { entry } = buildVersion(index, contentOf(longStory(100)), {
      id: 'vnext0001',
      time: '2026-02-01T00:00:00.000Z',
      author: 'T',
      event: 'saved',
    });
    expect(entry.snapshot).toBeDefined();
  });

  it('catches a patch that applies but yields the wrong text', () => {
    const { text, ids } = buildLog(3);
    const entries = parseLog(text).entries as Extract<LogEntry, { kind: 'version' }>[];
    const bad = { ...entries[1]!, hash: sha256('something else') };
    const index = new VersionIndex([entries[0]!, bad, entries[2]!]);
    expect(index.text(ids[1]!)).toBeUndefined();
    expect(index.text(ids[0]!)).toBeDefined();
  });
});
