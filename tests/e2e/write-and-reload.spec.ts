import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createStoryInUi, expect, test } from '../helpers/browser-host';

test('a new story keeps its headline and body across a reload', async ({ page, galley }) => {
  await page.goto(galley.url);
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(/Ferry/);
  await createStoryInUi(page);
  const headline = page.getByRole('textbox', { name: 'Headline' });
  await expect(headline).toHaveValue('');
  await expect(headline).toBeFocused();
  await headline.fill('Water main break floods Telegraph Avenue');
  await page.getByRole('textbox', { name: 'Dateline' }).fill('BERKELEY, Calif.');
  const body = page.getByRole('textbox', { name: 'Story body' });
  await body.click();
  await page.keyboard.type('A water main burst early Monday.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Crews expect repairs to take two days.');
  await expect(page.getByLabel('Word count')).toHaveText('13 words');
  const status = page.getByRole('status', { name: 'Save status' });
  await expect(status).toHaveText('Saving…');
  await expect(status).toHaveText('Saved');

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(
    'Water main break floods Telegraph Avenue',
  );
  await expect(page.getByRole('textbox', { name: 'Slug' })).toHaveValue(
    'water-main-break-floods-telegraph-avenue',
  );
  await expect(page.getByRole('textbox', { name: 'Dateline' })).toHaveValue('BERKELEY, Calif.');
  await expect(page.getByRole('textbox', { name: 'Story body' })).toContainText(
    'A water main burst early Monday.',
  );
  await expect(page.getByRole('textbox', { name: 'Story body' })).toContainText(
    'Crews expect repairs to take two days.',
  );
  await expect(page.getByRole('list', { name: /Stories/ }).getByRole('button')).toHaveCount(2);

  const listing = (await page.evaluate(async (token) => {
    const response = await fetch('/api/listStories', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: '{}',
    });
    return response.json();
  }, galley.token)) as { result: { stories: { id: string; headline: string }[] } };
  const saved = listing.result.stories.find((s) => s.headline.startsWith('Water main'));
  const onDisk = JSON.parse(await readFile(join(galley.library, saved!.id, 'story.json'), 'utf8'));
  expect(onDisk.body).toHaveLength(2);
});

test('bold and headings apply from the keyboard and survive a reload', async ({ page, galley }) => {
  await page.goto(galley.url);
  await createStoryInUi(page);
  const body = page.getByRole('textbox', { name: 'Story body' });
  await body.click();
  await page.keyboard.type('Background');
  await page.keyboard.press('Control+Alt+1');
  await expect(page.getByRole('button', { name: 'Heading', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Alt+0');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('Loud');
  await expect(page.getByRole('button', { name: 'Bold', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Story body' }).locator('h2')).toHaveText(
    'Background',
  );
  await expect(page.getByRole('textbox', { name: 'Story body' }).locator('strong')).toHaveText(
    'Loud',
  );
});

test('a page without the token explains how to connect', async ({ page, galley }) => {
  await page.goto(galley.origin + '/');
  await expect(page.getByRole('alert')).toContainText('Open the address that “npm start” printed');
});
