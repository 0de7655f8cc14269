import { stat } from 'node:fs/promises';
import { GalleyError } from '../shared/api';

/**
 * Translates a Node file-system error into a sentence a copy editor can act on.
 *
 * The original error is kept as `cause` for the log; the UI only ever sees the message.
 */
export function describeWriteError(error: unknown, where: string): GalleyError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  let result: GalleyError;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      result = new GalleyError(
        'disk-full',
        `the disk is full, so Galley cannot save to ${where}. Free some space; your text is safe in the editor and Galley keeps trying.`,
      );
      break;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      result = new GalleyError(
        'unwritable',
        `Galley is not allowed to write to ${where}. Check the folder's permissions or choose another library folder; your text is safe in the editor and Galley keeps trying.`,
      );
      break;
    case 'ENOENT':
    case 'ENOTDIR':
    case 'EEXIST':
      result = new GalleyError(
        'unwritable',
        `The library folder ${where} is missing or is not a folder. Reconnect the drive or choose another library folder; your text is safe in the editor.`,
      );
      break;
    default:
      result = new GalleyError(
        'unwritable',
        `Galley could not write to ${where} (${code ?? 'unknown error'}). Your text is safe in the editor and Galley keeps trying.`,
      );
  }
  (result as { cause?: unknown }).cause = error;
  return result;
}

/** True for "file or folder does not exist". */
export function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

// A story folder that vanished or was replaced is recreated by the write (or the write
// explains why it cannot be).
export function isMissingFolder(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOTDIR' || code === 'ENOENT';
}

/** True when `path` exists; false when it does not; any other failure is thrown. */
export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}
