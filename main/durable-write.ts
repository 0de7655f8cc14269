import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** How a durable write opens files; tests swap it to inject short writes and failures. */
export type OpenFile = (path: string, flags: string, mode?: number) => Promise<FileHandle>;

/** Options of a durable write. */
export interface DurableWriteOptions {
  /** File mode of a newly written file (0600 for secrets). */
  readonly mode?: number;
  readonly openFile?: OpenFile;
}

/** An error that looks like the disk-full errno, so callers describe it the same way. */
export function diskFullError(detail: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`ENOSPC: ${detail}`);
  error.code = 'ENOSPC';
  return error;
}

/**
 * Writes every byte of `buffer` at `position` (or the end, when undefined), looping over short
 * writes. A write that makes no progress means the device is full: write(2) on a nearly full
 * file system returns fewer bytes than asked and only the next call reports ENOSPC, so a
 * single unchecked write silently truncates (write-file-atomic 7 did exactly that).
 */
export async function writeAll(
  handle: FileHandle,
  buffer: Uint8Array,
  position?: number,
): Promise<void> {
  let offset = 0;
  while (offset < buffer.length) {
    const { bytesWritten } = await handle.write(
      buffer,
      offset,
      buffer.length - offset,
      position === undefined ? null : position + offset,
    );
    if (bytesWritten <= 0) throw diskFullError(`wrote ${offset} of ${buffer.length} bytes`);
    offset += bytesWritten;
  }
}

/** Flushes a folder's entry table, so a rename inside it survives a power cut. */
export async function syncFolder(dir: string, openFile: OpenFile = open): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await openFile(dir, 'r');
    await handle.sync();
  } catch (error) {
    // Windows cannot open or fsync a folder; the rename is still atomic there.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw error;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Replaces a file durably: a temporary file in the same folder, every byte checked written,
 * fsync, size checked, rename, fsync of the folder. On any failure the temporary file is
 * removed and the previous file is untouched, whole.
 */
export async function writeFileDurable(
  path: string,
  data: string | Uint8Array,
  options: DurableWriteOptions = {},
): Promise<void> {
  const openFile = options.openFile ?? open;
  const buffer = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const dir = dirname(path);
  const temp = join(dir, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: FileHandle | undefined;
  try {
    handle = await openFile(temp, 'wx', options.mode ?? 0o666);
    await writeAll(handle, buffer, 0);
    await handle.sync();
    const { size } = await handle.stat();
    if (size !== buffer.length) throw diskFullError(`file is ${size} of ${buffer.length} bytes`);
    await handle.close();
    handle = undefined;
    await rename(temp, path);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(dir, openFile);
}

/**
 * Appends to a file durably: all bytes or none. A failed append is cut back off, so a full
 * disk never leaves half a line for the next reader to stumble on.
 */
export async function appendDurable(
  path: string,
  data: string,
  openFile: OpenFile = open,
): Promise<void> {
  const buffer = Buffer.from(data, 'utf8');
  const handle = await openFile(path, 'a+');
  let before: number | undefined;
  try {
    before = (await handle.stat()).size;
    await writeAll(handle, buffer);
    await handle.sync();
  } catch (error) {
    if (before !== undefined) {
      await handle.truncate(before).catch(() => undefined);
      await handle.sync().catch(() => undefined);
    }
    throw error;
  } finally {
    await handle.close().catch(() => undefined);
  }
}
