import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { HistoryStore } from '../../../main/history/history-store';
import { VersionService } from '../../../main/history/version-service';
import { StoryLibrary } from '../../../main/library/story-library';
import { sha256 } from '../../../shared/history/sha256';
import { bundleChild } from '../../helpers/bundle-child';
import { longStory } from '../../helpers/story-builders';
import { useTempDir } from '../../helpers/temp-dir';
import { recordFault } from '../../faults/ledger';

const tempDir = useTempDir();
const KILLS = 100;
let child = '';

beforeAll(async () => {
  child = await bundleChild('tests/helpers/append-loop.ts');
});

function runAndKill(root: string, id: string, ms: number): Promise<[string, string][]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, root, id], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!timer && out.includes('ready\n')) timer = setTimeout(() => proc.kill('SIGKILL'), ms);
    });
    proc.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    proc.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`append loop stopped by itself: ${err}`));
      else
        resolve(
          [...out.matchAll(/saved (v[a-z0-9]+) ([0-9a-f]{64})\n/g)].map((m) => [m[1]!, m[2]!]),
        );
    });
  });
}

describe('a process killed while appending versions', () => {
  it(
    `never loses a version it reported as saved (${KILLS} SIGKILLs)`,
    { timeout: 300_000 },
    async () => {
      const root = join(await tempDir(), 'lib');
      const versions = new VersionService(() => 'Setup');
      const library = new StoryLibrary(root, {
        onCreated: versions.onCreated,
        onSaved: versions.onSaved,
      });
      versions.attach(library);
      const story = await library.create({ headline: 'Kill the history' });
      await library.save({ ...story, body: longStory(3000).body });
      // The child processes write; this one only reads, so it hands over the write lock.
      await library.close();
      const reported: [string, string][] = [];
      for (let i = 0; i < KILLS; i++) {
        reported.push(...(await runAndKill(root, story.id, 5 + Math.floor(Math.random() * 250))));
      }
      expect(reported.length).toBeGreaterThan(KILLS);

      // A fresh reader (no cache) must rebuild every reported version byte for byte: its text
      // hashes to what the writer computed from the story it saved.
      const { index, problems } = await new HistoryStore((s) => join(root, s)).load(story.id);
      expect(problems).toEqual([]);
      for (const [id, hash] of reported) {
        const text = index.text(id);
        expect(text, `version ${id}`).toBeDefined();
        expect(sha256(text!)).toBe(hash);
      }
      // Torn tails were cut off with a backup kept, never silently.
      const files = await readdir(join(root, story.id));
      expect(files.filter((f) => f.startsWith('history.jsonl'))).toContain('history.jsonl');
      recordFault({
        fault: `SIGKILL during history append (${KILLS}×)`,
        wordsLost: 0,
        blockedCalls: 0,
        note: `${reported.length} versions checked`,
      });
    },
  );
});
