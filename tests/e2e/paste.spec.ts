import { readFileSync } from 'node:fs';
import { expect, newStoryBody, pasteIntoBody, test } from '../helpers/browser-host';

test('pasting from Google Docs keeps structure and formatting, nothing else', async ({
  page,
  galley,
}) => {
  await page.goto(galley.url);
  const body = await newStoryBody(page);
  await pasteIntoBody(page, {
    'text/html': readFileSync('tests/fixtures/paste/gdocs.html', 'utf8'),
    'text/plain': 'ignored',
  });
  await expect(body.locator('h2')).toHaveText('Council delays vote');
  await expect(body.locator('strong')).toHaveText('zoning');
  await expect(body.locator('em')).toHaveText(' vote');
  await expect(body.locator('a')).toHaveAttribute('href', 'https://example.org/agenda');
  await expect(body.locator('ul > li')).toHaveText(['Two members absent', 'Public comment closed']);
  await expect(body.locator('[style*="Arial"]')).toHaveCount(0);
});

test('pasted scripts, handlers, iframes and javascript: links never run or reach the story', async ({
  page,
  galley,
}) => {
  await page.goto(galley.url);
  const body = await newStoryBody(page);
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  await pasteIntoBody(page, {
    'text/html':
      readFileSync('tests/fixtures/paste/web.html', 'utf8') +
      '<img src=x onerror="alert(9)"><p><a href="javascript:alert(3)">click</a></p>',
  });
  await expect(body.locator('h2')).toHaveText('Library branch reopens');
  await expect(body.locator('iframe, script, [onclick], [onerror]')).toHaveCount(0);
  await expect(body.locator('a[href^="javascript"]')).toHaveCount(0);
  await body.locator('a').first().hover();
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
  const listing = await page.evaluate(async (token) => {
    const list = await (
      await fetch('/api/listStories', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: '{}',
      })
    ).json();
    const id = list.result.stories[0].id;
    return JSON.stringify(
      await (
        await fetch('/api/openStory', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify({ id }),
        })
      ).json(),
    );
  }, galley.token);
  for (const bad of ['javascript', 'onerror', 'alert', 'iframe', 'steal'])
    expect(listing).not.toContain(bad);
  expect(dialogs).toBe(0);
});

test('plain text splits into paragraphs on blank lines, and one undo removes the paste', async ({
  page,
  galley,
}) => {
  await page.goto(galley.url);
  const body = await newStoryBody(page);
  await page.keyboard.type('Before. ');
  await pasteIntoBody(page, {
    'text/plain': 'First pasted line\ncontinues here.\n\nSecond paragraph.\n\n\nThird.',
  });
  await expect(body.locator('p')).toHaveText([
    'Before. First pasted line continues here.',
    'Second paragraph.',
    'Third.',
  ]);
  await page.keyboard.press('Control+z');
  await expect(body.locator('p')).toHaveText(['Before. ']);
});

test('a 1 MB paste lands in full and the editor stays responsive', async ({ page, galley }) => {
  await page.goto(galley.url);
  await newStoryBody(page);
  const paragraph =
    'The harbor commission met for three hours on Tuesday night to hear from residents. ';
  const text = Array.from({ length: 2600 }, (_, i) => `${i} ${paragraph.repeat(5)}`).join('\n\n');
  expect(text.length).toBeGreaterThan(1_000_000);
  await pasteIntoBody(page, { 'text/plain': text });
  await expect(page.getByLabel('Word count')).toHaveText(/^[\d,]+ words$/);
  const words = Number((await page.getByLabel('Word count').textContent())!.replace(/\D/g, ''));
  expect(words).toBe(2600 * (1 + 5 * 14));
  await page.keyboard.type('!');
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved', {
    timeout: 20_000,
  });
});
