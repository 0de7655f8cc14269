import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectImageType, MAX_IMAGE_BYTES, storeImage } from '../../../main/library/story-images';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describe('story images', () => {
  it('detects images by their bytes, not their names', () => {
    expect(detectImageType(PNG)).toBe('png');
    expect(detectImageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0]))).toBe('jpg');
    expect(detectImageType(Buffer.from('GIF89a......'))).toBe('gif');
    expect(detectImageType(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp');
    expect(detectImageType(Buffer.from('<svg onload="alert(1)">'))).toBeUndefined();
  });

  it('copies an image into the story folder under its content hash', async () => {
    const dir = await tempDir();
    const src = await storeImage(dir, 'photo.png', PNG.toString('base64'));
    expect(src).toMatch(/^asset:images\/[a-f0-9]{24}\.png$/);
    const files = await readdir(join(dir, 'images'));
    expect(await readFile(join(dir, 'images', files[0]!))).toEqual(PNG);
    expect(await storeImage(dir, 'again.png', PNG.toString('base64'))).toBe(src);
  });

  it('refuses files that are not images and images over 20 MB, with the file name', async () => {
    const dir = await tempDir();
    await expect(
      storeImage(dir, 'notes.png', Buffer.from('hello').toString('base64')),
    ).rejects.toThrow('“notes.png” is not a PNG, JPEG, GIF or WebP image.');
    const big = Buffer.concat([PNG, Buffer.alloc(MAX_IMAGE_BYTES)]);
    await expect(storeImage(dir, 'huge.png', big.toString('base64'))).rejects.toThrow(
      /images must be 20 MB or smaller/,
    );
  });
});
