import type { Locator, Page } from '@playwright/test';
import { expect, selectInBody, test } from '../helpers/browser-host';

// The sample story's body, once the checker has underlined its doubled "the the".
async function openCheckedSample(page: Page, url: string): Promise<Locator> {
  await page.goto(url);
  const body = page.getByRole('textbox', { name: 'Story body' });
  await expect(body.locator('[data-proof-kind="repeat"]')).toHaveText('the the', {
    timeout: 20_000,
  });
  return body;
}

test('the sample story: Oaklan is underlined, Oakland applies from the popover, a name joins the dictionary', async ({
  page,
  galley,
}) => {
  await page.goto(galley.url);
  const body = page.getByRole('textbox', { name: 'Story body' });
  const oaklan = body.locator('[data-proof-kind="name"]', { hasText: 'Oaklan' });
  await expect(oaklan).toHaveText('Oaklan', { timeout: 20_000 });
  await expect(body.locator('[data-proof-kind="repeat"]')).toHaveText('the the');
  await expect(body.locator('[data-proof-kind="spelling"]')).toHaveText('recieve');
  await expect(body.locator('[data-proof-kind="consistency"]')).toHaveText('Villaneuva');

  await oaklan.hover();
  const popover = page.getByRole('dialog', { name: 'Name or place: Oaklan' });
  await expect(popover).toContainText('did you mean “Oakland”?');
  await popover.getByRole('button', { name: 'Oakland', exact: true }).click();
  await expect(body).toContainText('aging terminal in Oakland, where');
  await expect(body.locator('[data-proof-kind="name"]', { hasText: 'Oaklan' })).toHaveCount(0);

  // An unknown but consistent name is only a quiet hint; adding it removes the underline.
  const hint = body.locator('[data-proof-kind="hint"]', { hasText: 'Oyelaran' }).first();
  await expect(hint).toBeVisible();
  await hint.hover();
  await page
    .getByRole('dialog', { name: 'Unknown name: Oyelaran' })
    .getByRole('button', { name: 'Add to dictionary' })
    .click();
  await expect(body.locator('[data-proof-kind="hint"]', { hasText: 'Oyelaran' })).toHaveCount(0);
  const settings = await page.evaluate(async (token) => {
    const r = await fetch('/api/getSettings', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: '{}',
    });
    return (await r.json()) as { result: { newsroomWords: string[] } };
  }, galley.token);
  expect(settings.result.newsroomWords).toContain('Oyelaran');
});

test('F7 moves to the next finding and Enter applies its first suggestion as one undo step', async ({
  page,
  galley,
}) => {
  const body = await openCheckedSample(page, galley.url);
  await selectInBody(page, 'People told us');
  await page.keyboard.press('F7');
  const popover = page.getByRole('dialog', { name: /Repeated word: the the/ });
  await expect(popover.getByRole('button', { name: 'the', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(body).toContainText('This is the answer.');
  await body.click();
  await page.keyboard.press('Control+z');
  await expect(body).toContainText('This is the the answer.');
});

test('the Findings panel lists findings by kind with counts and jumps to each', async ({
  page,
  galley,
}) => {
  await page.goto(galley.url);
  await expect(
    page.getByRole('textbox', { name: 'Story body' }).locator('[data-proof-kind="spelling"]'),
  ).toHaveText('recieve', { timeout: 20_000 });
  await page.getByRole('button', { name: /^Findings \(\d+\)$/ }).click();
  const panel = page.getByRole('region', { name: 'Findings' });
  await expect(panel.getByRole('heading', { name: 'Spelling (1)' })).toBeVisible();
  await expect(panel.getByRole('heading', { name: /Names and places \(\d+\)/ })).toBeVisible();
  await expect(panel.getByRole('list', { name: 'Articles' })).toContainText('in the dek');
  await panel.getByRole('list', { name: 'Spelling' }).getByRole('button').click();
  await expect(page.getByRole('dialog', { name: 'Spelling: recieve' })).toBeVisible();
});

test('the checker starts with the window, before any story is opened', async ({ page, galley }) => {
  // An emptied library: the window opens on no story at all.
  const call = (name: string, args: unknown): Promise<unknown> =>
    page.evaluate(
      async ({ token, name: n, args: a }) => {
        const r = await fetch(`/api/${n}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(a),
        });
        return ((await r.json()) as { result: unknown }).result;
      },
      { token: galley.token, name, args },
    );
  await page.goto(galley.url);
  await expect(page.getByRole('textbox', { name: 'Story body' })).toBeVisible();
  const listing = (await call('listStories', {})) as { stories: Array<{ id: string }> };
  expect(listing.stories.length).toBeGreaterThan(0);
  for (const story of listing.stories) await call('deleteStory', { id: story.id });

  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.reload();
  await expect(page.getByText('No story is open.')).toBeVisible();
  await expect.poll(() => workers.filter((url) => url.includes('proofing-worker'))).toHaveLength(1);
  await expect(page.getByRole('textbox', { name: 'Story body' })).toHaveCount(0);
});

test('a sound-alike out of place is underlined as spelling and fixed from the popover', async ({
  page,
  galley,
}) => {
  const body = await openCheckedSample(page, galley.url);
  await selectInBody(page, 'whether');
  await page.keyboard.type('weather');
  const slip = body.locator('[data-proof-kind="spelling"]', { hasText: 'weather' });
  await expect(slip).toHaveText('weather');
  await slip.hover();
  const popover = page.getByRole('dialog', { name: /weather/ });
  await expect(popover).toContainText('Sounds like “whether”');
  await popover.getByRole('button', { name: 'whether', exact: true }).click();
  await expect(body).toContainText('a year of debate over whether the service');
  await expect(body.locator('[data-proof-kind="spelling"]', { hasText: 'weather' })).toHaveCount(0);
});
