import { open, readdir, readFile, writeFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendDurable, writeFileDurable } from '../../../main/durable-write';
import type { OpenFile } from '../../../main/durable-write';
import { describeWriteError } from '../../../main/fs-errors';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();

// Opens real files, but each handle's write() writes at most `chunk` bytes and, after `budget`
// bytes in all, writes nothing: what write(2) does on a file system that is filling up.
function shortWrites(chunk: number, budget = Infinity): OpenFile {
  let left = budget;
  return async (path, flags, mode) => {
    const handle = await open(path, flags, mode);
    return new Proxy(handle, {
      get(target, key, receiver) {
        if (key !== 'write') {
          const value = Reflect.get(target, key, receiver) as unknown;
          return typeof value === 'function'
            ? (value as (...a: unknown[]) => unknown).bind(target)
            : value;
        }
        return async (
          buffer: Uint8Array,
          offset: number,
          length: number,
          position: number | null,
        ) => {
          const n = Math.max(0, Math.min(length, chunk, left));
          left -= n;
          if (n === 0) return { bytesWritten: 0, buffer };
          return target.write(buffer, offset, n, position);
        };
      },
    }) as FileHandle;
  };
}

describe('durable writes', () => {
  it('completes a file written in short pieces, byte for byte', async () => {
    const dir = await tempDir();
    const path = join(dir, 'story.json');
    const text = 'Oakland ferry riders waited. '.repeat(5_000);
    await writeFileDurable(path, text, { openFile: shortWrites(777) });
    expect(await readFile(path, 'utf8')).toBe(text);
    expect(await readdir(dir)).toEqual(['story.json']);
  });

  it('refuses a write that stops short, keeps the previous file whole and says the disk is full', async () => {
    const dir = await tempDir();
    const path = join(dir, 'story.json');
    await writeFile(path, 'the previous story');
    const attempt = writeFileDurable(path, 'x'.repeat(220_000), {
      openFile: shortWrites(4096, 102_400),
    });
    await expect(attempt).rejects.toMatchObject({ code: 'ENOSPC' });
    const error = await attempt.catch((e: unknown) => e);
    expect(describeWriteError(error, dir).message).toMatch(/^the disk is full/);
    expect(await readFile(path, 'utf8')).toBe('the previous story');
    expect(await readdir(dir)).toEqual(['story.json']);
  });

  it('cuts a failed append back off, so no half line is left for the next reader', async () => {
    const dir = await tempDir();
    const path = join(dir, 'history.jsonl');
    await writeFile(path, '{"line":1}\n');
    await expect(
      appendDurable(
        path,
        `${JSON.stringify({ line: 2, pad: 'y'.repeat(50_000) })}\n`,
        shortWrites(1000, 20_000),
      ),
    ).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await readFile(path, 'utf8')).toBe('{"line":1}\n');
  });
});
