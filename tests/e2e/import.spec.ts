import { expect, test } from '../helpers/browser-host';

test('import an HTML file: scripts and handlers never arrive', async ({ page, galley }) => {
  await page.goto(galley.url);
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(/Ferry/);
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  const html =
    '<html><head><title>Library reopens</title><script>alert("x")</script></head><body><p onmouseover="alert(1)">The branch <b>reopened</b> Monday.</p><iframe src="https://example.com"></iframe><img src=x onerror=alert(2)></body></html>';
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import' }).click();
  await (
    await chooser
  ).setFiles({ name: 'library.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Library reopens');
  const body = page.getByRole('textbox', { name: 'Story body' });
  await expect(body).toHaveText('The branch reopened Monday.');
  await expect(body.locator('strong')).toHaveText('reopened');
  await expect(body.locator('iframe, img, script')).toHaveCount(0);
  await body.hover();
  expect(dialogs).toBe(0);
});

test('importing an unsupported file explains what Galley accepts', async ({ page, galley }) => {
  await page.goto(galley.url);
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(/Ferry/);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import' }).click();
  await (
    await chooser
  ).setFiles({ name: 'photo.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF') });
  await expect(page.getByRole('alert')).toContainText(
    'Galley can import .txt, .md and .html files',
  );
});
