import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, startHost, test } from '../helpers/browser-host';

// Two tabs of one browser on the same story (the sample story), both loaded.
async function twoTabs(
  browser: Browser,
  url: string,
): Promise<{ context: BrowserContext; tabA: Page; tabB: Page }> {
  const context = await browser.newContext();
  const tabA = await context.newPage();
  const tabB = await context.newPage();
  await tabA.goto(url);
  await tabB.goto(url);
  for (const tab of [tabA, tabB])
    await expect(tab.getByRole('textbox', { name: 'Headline' })).toHaveValue(/Ferry/);
  return { context, tabA, tabB };
}

test('two tabs on one story: the stale tab is told, and loading the newer text keeps its own as a version', async ({
  browser,
  galley,
}) => {
  const { context, tabA, tabB } = await twoTabs(browser, galley.url);

  await tabA.getByRole('textbox', { name: 'Story body' }).locator('p').first().click();
  await tabA.keyboard.press('End');
  await tabA.keyboard.type(' Tab A added this sentence.');
  await expect(tabA.getByRole('status', { name: 'Save status' })).toHaveText('Saved');

  await tabB.getByRole('textbox', { name: 'Dek' }).fill('Tab B wrote a new dek');
  const alert = tabB.getByRole('alert', { name: 'Save conflict' });
  await expect(alert).toContainText('This story was changed in another window');
  await expect(tabB.getByRole('status', { name: 'Save status' })).toHaveText(
    'Not saved: this story was changed in another window.',
  );
  await alert.getByRole('button', { name: 'Load the newer text' }).click();
  await expect(alert).toBeHidden();
  await expect(tabB.getByRole('textbox', { name: 'Story body' })).toContainText(
    'Tab A added this sentence.',
  );
  await tabB.getByRole('button', { name: 'History' }).click();
  await expect(tabB.getByText('My text before loading the newer one')).toBeVisible();
  await context.close();
});

test('keeping my text saves it over the other tab’s, theirs kept as a version', async ({
  browser,
  galley,
}) => {
  const { context, tabA, tabB } = await twoTabs(browser, galley.url);
  await tabA.getByRole('textbox', { name: 'Dek' }).fill('Dek from tab A');
  await expect(tabA.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
  await tabB.getByRole('textbox', { name: 'Dek' }).fill('Dek from tab B');
  const alert = tabB.getByRole('alert', { name: 'Save conflict' });
  await alert.getByRole('button', { name: 'Keep my text' }).click();
  await expect(tabB.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
  await tabA.reload();
  await expect(tabA.getByRole('textbox', { name: 'Dek' })).toHaveValue('Dek from tab B');
  await tabA.getByRole('button', { name: 'History' }).click();
  await expect(tabA.getByText('Text from another window, replaced')).toBeVisible();
  await context.close();
});

test('a second Galley on the same library opens it read-only and says why', async ({
  page,
  galley,
}) => {
  await page.goto(galley.url);
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(/Ferry/);
  const second = await startHost({ library: galley.library });
  try {
    const other = await page.context().newPage();
    await other.goto(second.host.url);
    await expect(other.getByRole('alert', { name: 'Read-only library' })).toContainText(
      'open here read-only',
    );
    await other.getByRole('textbox', { name: 'Dek' }).fill('Should not be written');
    await expect(other.getByRole('status', { name: 'Save status' })).toContainText('Not saved:');
  } finally {
    await second.stop();
  }
});
