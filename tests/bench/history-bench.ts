import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffWords } from 'diff';
import { HistoryStore } from '../../main/history/history-store';
import { writeStoryFile } from '../../main/library/story-file';
import { compareContents } from '../../shared/history/compare';
import { contentOf, serializeContent } from '../../shared/history/serialize';
import type { Story } from '../../shared/story';
import { blockText } from '../../shared/story';
import { appendToBlock, newsLikeStory } from '../helpers/story-builders';
import { median, round, timeRuns } from './measure';

// A one-word edit: append a word to one paragraph (a different one each time).
function edit(story: Story, n: number): Story {
  const i = (n * 7) % story.body.length;
  return {
    ...story,
    body: story.body.map((b, j) => (j === i ? appendToBlock(b, ` w${n}`) : b)),
  };
}

async function dirSize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? await dirSize(path) : (await stat(path)).size;
  }
  return total;
}

/** history.* metrics on a 20,000-word story (see DESIGN.md, "Benchmarks"). */
export async function historyBench(): Promise<Record<string, number>> {
  const root = await mkdtemp(join(tmpdir(), 'galley-bench-history-'));
  try {
    const base = { ...newsLikeStory(20_000), id: 'bench01-story' };
    const now = () => new Date();

    // Build 200 versions of one-word edits.
    const dir200 = join(root, 'h200');
    const store200 = new HistoryStore(() => dir200);
    await writeFile(join(root, 'placeholder'), '');
    await import('node:fs/promises').then((fs) => fs.mkdir(dir200, { recursive: true }));
    let story = base;
    const texts: Story[] = [];
    for (let n = 0; n < 201; n++) {
      story = edit(story, n);
      texts.push(story);
      await store200.append(story.id, contentOf(story), {
        now: now(),
        author: 'Bench',
        event: 'checkpoint',
      });
    }

    // Append after a one-word edit, warm (the store caches the newest text, as the app does);
    // baseline: the atomic story.json save that every autosave already does.
    const appendTimes = await timeRuns(30, async (i) => {
      story = edit(story, 1000 + i + 10);
      await store200.append(story.id, contentOf(story), {
        now: now(),
        author: 'Bench',
        event: 'checkpoint',
      });
    });
    const saveTimes = await timeRuns(30, async (i) => {
      await writeStoryFile(join(root, 'story.json'), edit(story, 5000 + i + 10));
    });

    // Open the oldest version cold: a fresh store parses the log and rebuilds it.
    const { index: coldIndex } = await new HistoryStore(() => dir200).load(story.id);
    const oldestId = coldIndex.versions[0]!.id;
    const openTimes = await timeRuns(
      10,
      async () => {
        const fresh = new HistoryStore(() => dir200);
        await fresh.content(story.id, oldestId);
      },
      1,
    );
    const newestId = coldIndex.versions[200]!.id;
    const openNewestTimes = await timeRuns(
      10,
      async () => {
        const fresh = new HistoryStore(() => dir200);
        await fresh.content(story.id, newestId);
      },
      1,
    );

    // Diff two versions 200 edits apart; baseline: jsdiff's word diff of the whole text.
    const a = contentOf(texts[0]!);
    const b = contentOf(texts[200]!);
    // The History panel compares stored versions, whose canonical texts the store holds.
    const lines = { a: serializeContent(a), b: serializeContent(b) };
    const diffTimes = await timeRuns(10, () => compareContents(a, b, undefined, lines));
    const diffNoTextsTimes = await timeRuns(10, () => compareContents(a, b));
    const plainA = a.body.map((x) => blockText(x)).join('\n');
    const plainB = b.body.map((x) => blockText(x)).join('\n');
    const naiveTimes = await timeRuns(3, () => diffWords(plainA, plainB), 1);

    // Storage after 100 one-word-edit versions, next to git storing the same 100 versions.
    const dir100 = join(root, 'h100');
    await import('node:fs/promises').then((fs) => fs.mkdir(dir100, { recursive: true }));
    const store100 = new HistoryStore(() => dir100);
    const gitDir = join(root, 'git');
    await import('node:fs/promises').then((fs) => fs.mkdir(gitDir, { recursive: true }));
    const git = (...args: string[]) =>
      execFileSync(
        'git',
        ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.org', '-c', 'gc.auto=0', ...args],
        { cwd: gitDir, stdio: 'pipe' },
      );
    git('init', '-q');
    let s100 = base;
    for (let n = 0; n < 100; n++) {
      s100 = edit(s100, n);
      await store100.append(s100.id, contentOf(s100), {
        now: now(),
        author: 'Bench',
        event: 'checkpoint',
      });
      await writeFile(join(gitDir, 'story.txt'), serializeContent(contentOf(s100)));
      git('add', 'story.txt');
      git('commit', '-q', '-m', `v${n}`);
    }
    const storyBytes = Buffer.byteLength(`${JSON.stringify(s100, null, 2)}\n`);
    const historyBytes = (await stat(join(dir100, 'history.jsonl'))).size;
    const gitLoose = await dirSize(join(gitDir, '.git', 'objects'));
    git('gc', '-q', '--aggressive');
    const gitPacked = await dirSize(join(gitDir, '.git', 'objects'));

    return {
      'history.append_ms': round(median(appendTimes)),
      'history.append_baseline_save_ms': round(median(saveTimes)),
      'history.append_ratio_to_save': round(median(appendTimes) / median(saveTimes)),
      'history.open_oldest_ms': round(median(openTimes)),
      'history.open_newest_ms': round(median(openNewestTimes)),
      'history.diff_ms': round(median(diffTimes)),
      'history.diff_without_stored_texts_ms': round(median(diffNoTextsTimes)),
      'history.diff_baseline_whole_text_diffwords_ms': round(median(naiveTimes)),
      'history.diff_ratio_to_baseline': round(median(diffTimes) / median(naiveTimes)),
      'history.storage_ratio': round(historyBytes / storyBytes),
      'history.git_loose_ratio': round(gitLoose / storyBytes),
      'history.git_gc_ratio': round(gitPacked / storyBytes),
      'history.story_bytes': storyBytes,
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
