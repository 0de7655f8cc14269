import { expect, newStoryBody, test } from '../helpers/browser-host';

// A 1x1 PNG, made here rather than read from a file.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

test('insert an image from a file with caption and credit; it is copied into the story folder', async ({
  page,
  galley,
}) => {
  await page.goto(galley.url);
  const body = await newStoryBody(page);
  await page.keyboard.type('Photo below.');
  await page.getByRole('button', { name: 'Image…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Insert image' });
  await dialog
    .getByLabel('Image file')
    .setInputFiles({ name: 'pier.png', mimeType: 'image/png', buffer: PNG });
  await dialog.getByRole('textbox', { name: 'Caption' }).fill('The pier at dawn.');
  await dialog.getByRole('textbox', { name: 'Credit' }).fill('Lena Hartwell / Staff');
  await dialog
    .getByRole('textbox', { name: 'Description for screen readers' })
    .fill('A wooden pier');
  await dialog.getByRole('button', { name: 'Insert' }).click();
  const image = body.getByRole('img', { name: 'A wooden pier' });
  await expect(image).toBeVisible();
  await expect(image).toHaveAttribute('src', /^\/assets\/[a-z0-9-]+\/[a-f0-9]{24}\.png$/);
  expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
  await expect(body.locator('figcaption')).toHaveText('The pier at dawn. (Lena Hartwell / Staff)');
});

test('a file that is not an image, or an http address, is refused with a message', async ({
  page,
  galley,
}) => {
  await page.goto(galley.url);
  await newStoryBody(page);
  await page.getByRole('button', { name: 'Image…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Insert image' });
  await dialog.getByLabel('Image file').setInputFiles({
    name: 'evil.png',
    mimeType: 'image/png',
    buffer: Buffer.from('<script>alert(1)</script>'),
  });
  await dialog.getByRole('button', { name: 'Insert' }).click();
  await expect(dialog.getByRole('alert')).toContainText('is not a PNG, JPEG, GIF or WebP image');
  await dialog.getByLabel('Image file').setInputFiles([]);
  await dialog
    .getByRole('textbox', { name: 'Or image address (https)' })
    .fill('http://example.org/a.jpg');
  await dialog.getByRole('button', { name: 'Insert' }).click();
  await expect(dialog.getByRole('alert')).toContainText('starts with https://');
});
