import { promisify } from 'node:util';
import { deflateRaw, inflateRawSync } from 'node:zlib';
import { seal } from '../../shared/history/version-log';
import type { LogEntry, VersionEntry } from '../../shared/history/version-log';

const deflateAsync = promisify(deflateRaw);

// Below this size compression does not pay for its base64 overhead.
const MIN_COMPRESS = 1024;

type Encoded = Omit<VersionEntry, 'snapshot' | 'patch' | 'check'> & {
  snapshot?: string;
  patch?: string;
  snapshotZ?: string;
  patchZ?: string;
};

/**
 * Deflates a version's snapshot or patch for storage (base64 of raw deflate, in `snapshotZ` or
 * `patchZ`) and re-seals the line, so the log stays one readable JSON object per line while
 * full snapshots cost a third of their size.
 */
export async function encodeEntry(entry: LogEntry): Promise<LogEntry> {
  if (entry.kind !== 'version') return entry;
  const { check: _check, snapshot, patch, ...rest } = entry;
  const out: Encoded = { ...rest };
  for (const [key, value] of [
    ['snapshot', snapshot],
    ['patch', patch],
  ] as const) {
    if (value === undefined) continue;
    if (value.length < MIN_COMPRESS) out[key] = value;
    else
      // Compressed in libuv's thread pool: a 20,000-word snapshot at level 9 takes tens of
      // milliseconds that the host's thread would otherwise spend not answering anyone.
      out[`${key}Z`] = (await deflateAsync(Buffer.from(value, 'utf8'), { level: 6 })).toString(
        'base64',
      );
  }
  return seal(out) as unknown as LogEntry;
}

/** Reverses `encodeEntry` after the line's check has been verified. */
export function decodeEntry(entry: LogEntry): LogEntry {
  if (entry.kind !== 'version') return entry;
  const raw = entry as unknown as Encoded & { check: string };
  if (raw.snapshotZ === undefined && raw.patchZ === undefined) return entry;
  const { snapshotZ, patchZ, ...rest } = raw;
  const inflate = (value: string): string =>
    inflateRawSync(Buffer.from(value, 'base64')).toString('utf8');
  return {
    ...rest,
    ...(snapshotZ !== undefined ? { snapshot: inflate(snapshotZ) } : {}),
    ...(patchZ !== undefined ? { patch: inflate(patchZ) } : {}),
  } as VersionEntry;
}
