import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { StoryLibrary } from '../../../main/library/story-library';
import { bundleChild } from '../../helpers/bundle-child';
import { useTempDir } from '../../helpers/temp-dir';
import { recordFault } from '../../faults/ledger';

const tempDir = useTempDir();
const KILLS = 60;
let childScript = '';

beforeAll(async () => {
  childScript = await bundleChild('tests/helpers/save-loop.ts');
});

interface Run {
  readonly lastSaved: number;
}

// Starts the save loop, lets it run for `ms` after it is ready, then SIGKILLs it.
function runAndKill(root: string, id: string, ms: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, root, id], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (!timer && out.includes('ready\n')) timer = setTimeout(() => child.kill('SIGKILL'), ms);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') {
        reject(new Error(`save loop ended by itself: ${err}`));
        return;
      }
      const saves = [...out.matchAll(/saved (\d+)/g)].map((m) => Number(m[1]));
      resolve({ lastSaved: saves.length > 0 ? saves[saves.length - 1]! : -1 });
    });
  });
}

describe('a process killed while saving', () => {
  it(
    `always leaves the previous or the new story.json (${KILLS} SIGKILLs)`,
    { timeout: 240_000 },
    async () => {
      const root = join(await tempDir(), 'lib');
      const library = new StoryLibrary(root);
      const story = await library.create({ headline: 'Kill test' });
      // The child processes write; this one only reads, so it hands over the write lock.
      await library.close();
      const path = join(root, story.id, 'story.json');
      let known = 0;
      let killsDuringWork = 0;
      for (let i = 0; i < KILLS; i++) {
        const run = await runAndKill(root, story.id, 5 + Math.floor(Math.random() * 60));
        const text = await readFile(path, 'utf8');
        const saved = JSON.parse(text) as { dek: string; body: { children: { text: string }[] }[] };
        const onDisk = Number(saved.dek);
        // The last reported save is on disk, or the one after it that was in flight.
        const floor = run.lastSaved >= 0 ? run.lastSaved : known;
        expect([floor, floor + 1]).toContain(onDisk);
        // Killed before its first save: the story is still the one created above.
        const expectedStart = onDisk === 0 ? '' : `Revision ${onDisk}. `;
        expect(saved.body[0]?.children[0]?.text.startsWith(expectedStart)).toBe(true);
        expect((await library.open(story.id)).dek).toBe(onDisk === 0 ? '' : String(onDisk));
        if (run.lastSaved >= 0) killsDuringWork++;
        known = onDisk;
      }
      expect(killsDuringWork).toBeGreaterThan(KILLS / 2);
      // Leftover temp files from killed writes never shadow the story.
      const files = await readdir(join(root, story.id));
      expect(files).toContain('story.json');
      expect((await library.list()).damaged).toEqual([]);
      recordFault({ fault: `SIGKILL during save (${KILLS}×)`, wordsLost: 0, blockedCalls: 0 });
    },
  );
});
