import { hostname } from 'node:os';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { writeFileDurable } from '../durable-write';

const LOCK = '.galley-lock';
const OWNER = '.galley-lock-owner.json';

/** Who holds a library's write lock, as recorded beside it. */
interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly since: string;
}

/** The outcome of trying to take a library for writing. */
export type LockResult =
  | { readonly kind: 'locked'; readonly release: () => Promise<void> }
  | { readonly kind: 'read-only'; readonly reason: string };

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(root: string): Promise<LockOwner | undefined> {
  try {
    return JSON.parse(await readFile(join(root, OWNER), 'utf8')) as LockOwner;
  } catch {
    return undefined;
  }
}

/**
 * Takes the library's write lock, so one host writes a library at a time.
 *
 * The lock is a folder kept fresh by proper-lockfile; a host killed without releasing it is
 * recognised by its process id (same machine) or by the lock going stale (a shared folder),
 * so a crash never leaves the library read-only for good.
 */
export async function lockLibrary(
  root: string,
  onLost: (reason: string) => void,
): Promise<LockResult> {
  const options = {
    realpath: false,
    lockfilePath: join(root, LOCK),
    stale: 20_000,
    update: 5_000,
    onCompromised: () =>
      onLost(
        'Galley lost its hold on this library folder (another program changed its lock), so it stopped saving here to avoid overwriting someone else’s work. Reopen Galley.',
      ),
  };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const release = await lockfile.lock(root, options);
      await writeFileDurable(
        join(root, OWNER),
        `${JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() })}\n`,
      ).catch(() => undefined);
      return { kind: 'locked', release: () => release().catch(() => undefined) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
      const owner = await readOwner(root);
      if (attempt === 0 && owner && owner.host === hostname() && !alive(owner.pid)) {
        // The holder on this machine is gone (killed or crashed): its lock is ours to clear.
        await rm(join(root, LOCK), { recursive: true, force: true });
        continue;
      }
      const who = owner
        ? `Galley (process ${owner.pid} on ${owner.host}, since ${new Date(owner.since).toLocaleString('en-US')})`
        : 'another Galley';
      return {
        kind: 'read-only',
        reason: `This library is open for writing in ${who}. It is open here read-only: you can read and export stories, but changes are not saved. Close the other Galley and reopen this one to edit.`,
      };
    }
  }
  return { kind: 'read-only', reason: 'Galley could not take this library for writing.' };
}

const HELD = new Map<string, { users: number; release: () => Promise<void> }>();

/**
 * Takes the library's lock once per process: libraries on the same folder in one process (a
 * test, or settings switched back and forth) share it, and it is released when the last lets
 * go. Resolves to the release function, or the read-only reason.
 */
export async function shareLibraryLock(
  root: string,
  onLost: (reason: string) => void,
): Promise<{ readonly release: () => Promise<void> } | { readonly readOnly: string }> {
  const drop = (entry: { users: number; release: () => Promise<void> }) => async () => {
    entry.users -= 1;
    if (entry.users > 0) return;
    HELD.delete(root);
    await entry.release();
  };
  const held = HELD.get(root);
  if (held) {
    held.users += 1;
    return { release: drop(held) };
  }
  const result = await lockLibrary(root, onLost);
  if (result.kind === 'read-only') return { readOnly: result.reason };
  const entry = { users: 1, release: result.release };
  HELD.set(root, entry);
  return { release: drop(entry) };
}
