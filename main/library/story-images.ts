import { createHash } from 'node:crypto';
import { lstat, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { GalleyError } from '../../shared/api';
import { writeFileDurable } from '../durable-write';
import { describeWriteError } from '../fs-errors';

/** The largest image Galley copies into a story folder. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

const SIGNATURES: ReadonlyArray<{ readonly ext: string; readonly test: (b: Buffer) => boolean }> = [
  {
    ext: 'png',
    test: (b) =>
      b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  { ext: 'jpg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    ext: 'gif',
    test: (b) =>
      b.subarray(0, 6).toString('latin1') === 'GIF87a' ||
      b.subarray(0, 6).toString('latin1') === 'GIF89a',
  },
  {
    ext: 'webp',
    test: (b) =>
      b.subarray(0, 4).toString('latin1') === 'RIFF' &&
      b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
];

/** Detects an image type from its first bytes; the file name's extension is not trusted. */
export function detectImageType(bytes: Buffer): string | undefined {
  return SIGNATURES.find((signature) => signature.test(bytes))?.ext;
}

/**
 * Copies an image into the story's `images/` folder under a content-hash name and returns
 * the `asset:` source the story stores. Refuses non-images and files over 20 MB.
 */
export async function storeImage(
  storyDir: string,
  fileName: string,
  base64: string,
): Promise<string> {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > MAX_IMAGE_BYTES)
    throw new GalleyError(
      'bad-request',
      `“${fileName}” is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; images must be 20 MB or smaller.`,
    );
  const ext = detectImageType(bytes);
  if (!ext)
    throw new GalleyError('bad-request', `“${fileName}” is not a PNG, JPEG, GIF or WebP image.`);
  const name = `${createHash('sha256').update(bytes).digest('hex').slice(0, 24)}.${ext}`;
  try {
    await mkdir(join(storyDir, 'images'), { recursive: true });
    await writeFileDurable(join(storyDir, 'images', name), bytes);
  } catch (error) {
    throw describeWriteError(error, storyDir);
  }
  return `asset:images/${name}`;
}

/** Content types for the image files Galley stores. */
export const IMAGE_TYPES: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
};

/** Validates an asset file name as Galley writes them. */
export function isAssetName(name: string): boolean {
  return /^[a-f0-9]{24}\.(png|jpg|gif|webp)$/.test(name);
}

/**
 * True when every step from the library folder down to `parts` is a real folder or file, not
 * a symbolic link. Galley never follows a link inside the library for an asset or an upload:
 * a link named like an image could otherwise serve or publish any file the user can read.
 */
export async function isPlainPath(root: string, ...parts: string[]): Promise<boolean> {
  let path = root;
  for (const part of parts) {
    path = join(path, part);
    try {
      if ((await lstat(path)).isSymbolicLink()) return false;
    } catch {
      return false;
    }
  }
  return true;
}
