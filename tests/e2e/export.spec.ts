import { readFile } from 'node:fs/promises';
import { expect, test } from '../helpers/browser-host';

const EXPECTED: ReadonlyArray<[string, string, RegExp]> = [
  ['HTML', 'html', /<h1>Ferry authority adds a third boat/],
  ['Markdown', 'md', /^# Ferry authority adds a third boat/],
  ['Plain text', 'txt', /^Ferry authority adds a third boat/],
  ['NITF 3.6 (XML)', 'xml', /<hl1>Ferry authority adds a third boat[^<]*<\/hl1>/],
  ['NewsML-G2 (XML)', 'xml', /<newsItem xmlns="http:\/\/iptc.org\/std\/nar\/2006-10-01\/"/],
  ['ninjs (JSON)', 'json', /"headlines": \[/],
];

test('export the sample story to every format: preview, save to a file, copy', async ({
  browser,
  galley,
}) => {
  const context = await browser.newContext({
    acceptDownloads: true,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  await page.goto(galley.url);
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(/Ferry/);
  // An editor's note must not leave Galley.
  await page.getByRole('textbox', { name: 'Story body' }).locator('p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Control+Alt+M');
  await page.keyboard.type(' CHECK WITH CITY DESK');
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export story' });
  for (const [label, extension, pattern] of EXPECTED) {
    await dialog.getByRole('radio', { name: label }).check();
    await expect(dialog.getByRole('textbox', { name: 'Preview' })).toHaveValue(pattern);
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Save to file' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`bay-ferry-adds-third-boat.${extension}`);
    const text = await readFile((await file.path())!, 'utf8');
    expect(text).toMatch(pattern);
    expect(text).toContain('Oakland');
    expect(text).not.toContain('CHECK WITH CITY DESK');
  }
  await dialog.getByRole('radio', { name: 'Markdown' }).check();
  await dialog.getByRole('button', { name: 'Copy to clipboard' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Copied Markdown to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^# Ferry authority/);
  await context.close();
});
