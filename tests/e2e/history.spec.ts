import { createStoryInUi, expect, selectInBody, test } from '../helpers/browser-host';

test('save versions, compare two word by word, and restore one', async ({ page, galley }) => {
  await page.goto(galley.url);
  await createStoryInUi(page);
  await page.getByRole('textbox', { name: 'Headline' }).fill('Pier reopens');
  const body = page.getByRole('textbox', { name: 'Story body' });
  await body.click();
  await page.keyboard.type('Riders in Oaklan waited for the ferry.');
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');

  await page.getByRole('button', { name: 'History' }).click();
  const panel = page.getByRole('complementary', { name: 'History' });
  await panel.getByRole('textbox', { name: 'Version name (optional)' }).fill('Reporter draft');
  await panel.getByRole('button', { name: 'Save version' }).click();
  await expect(panel.getByRole('status')).toHaveText('Version saved.');
  const versions = panel.getByRole('list', { name: 'Versions' });
  await expect(versions.getByRole('listitem').first()).toContainText('“Reporter draft”');

  // The desk fixes the city and adds a word; Ctrl+S saves a version.
  await body.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Again.');
  await selectInBody(page, 'Oaklan');
  await page.keyboard.type('Oakland');
  await expect(body).toHaveText('Riders in Oakland waited for the ferry. Again.');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: /Version saved at/ })).toBeVisible();
  // The named draft is a 'Saved version' too: wait until the new one heads the list, or the
  // next check would tick the draft twice on a slow machine.
  const newest = versions.getByRole('listitem').first();
  await expect(newest).toContainText('Saved version');
  await expect(newest).not.toContainText('Reporter draft');

  // Compare the reporter's draft with the desk's version.
  await versions.getByRole('checkbox', { name: /Reporter draft/ }).check();
  await newest.getByRole('checkbox').check();
  await panel.getByRole('button', { name: 'Compare selected versions' }).click();
  const comparison = panel.getByRole('region', { name: 'Comparison' });
  await expect(comparison).toContainText('2 words added, 1 words removed.');
  await expect(comparison.locator('del')).toHaveText(/Oaklan/);
  await expect(comparison.locator('ins').first()).toHaveText(/Oakland/);
  await expect(comparison.locator('del').first()).toContainText('[deleted:');

  // Restore the reporter's draft: the text comes back, the desk's version stays in history.
  await panel.getByRole('button', { name: /Restore this version: .*Reporter draft/ }).click();
  await expect(page.getByRole('textbox', { name: 'Story body' })).toHaveText(
    'Riders in Oaklan waited for the ferry.',
  );
  await page.getByRole('button', { name: 'History' }).click();
  const after = page
    .getByRole('complementary', { name: 'History' })
    .getByRole('list', { name: 'Versions' });
  await expect(after.getByRole('listitem').nth(0)).toContainText('Restored');
  await expect(
    after.getByRole('listitem').filter({ hasText: 'Saved version' }).first(),
  ).toBeVisible();

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Story body' })).toHaveText(
    'Riders in Oaklan waited for the ferry.',
  );
});

test('a status change is a version, and metadata changes compare field by field', async ({
  page,
  galley,
}) => {
  await page.goto(galley.url);
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(/Ferry/);
  await page.getByRole('combobox', { name: 'Status' }).selectOption('ready');
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
  await page.getByRole('button', { name: 'History' }).click();
  const panel = page.getByRole('complementary', { name: 'History' });
  const first = panel.getByRole('list', { name: 'Versions' }).getByRole('listitem').first();
  await expect(first).toContainText('Status change');
  await expect(first).toContainText('Status changed from copy desk to ready');
  await panel
    .getByRole('list', { name: 'Versions' })
    .getByRole('listitem')
    .last()
    .getByRole('checkbox')
    .check();
  await panel.getByRole('button', { name: 'Compare with current text' }).click();
  const table = panel.getByRole('table', { name: 'Details that changed' });
  await expect(table.getByRole('row', { name: /Status/ })).toContainText('copy desk');
  await expect(table.getByRole('row', { name: /Status/ })).toContainText('ready');
});
