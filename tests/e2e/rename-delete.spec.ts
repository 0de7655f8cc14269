import { createStoryInUi, expect, test } from '../helpers/browser-host';

test('rename a story from the dialog', async ({ page, galley }) => {
  await page.goto(galley.url);
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(/Ferry/);
  await page.getByRole('button', { name: 'Rename…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rename story' });
  await dialog.getByRole('textbox', { name: 'New headline' }).fill('');
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('A story needs a headline.');
  await dialog.getByRole('textbox', { name: 'New headline' }).fill('Bay ferry gets a third boat');
  await expect(dialog.getByRole('textbox', { name: 'New slug' })).toHaveValue(
    'bay-ferry-gets-a-third-boat',
  );
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(
    'Bay ferry gets a third boat',
  );
  await expect(page.getByRole('textbox', { name: 'Slug' })).toHaveValue(
    'bay-ferry-gets-a-third-boat',
  );
  await expect(page.getByRole('button', { name: /^Bay ferry gets a third boat/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(
    'Bay ferry gets a third boat',
  );
});

test('delete moves a story to the trash, and it can be restored', async ({ page, galley }) => {
  await page.goto(galley.url);
  await createStoryInUi(page);
  await page.getByRole('textbox', { name: 'Headline' }).fill('Short-lived story');
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Moved “Short-lived story” to the trash.' }),
  ).toBeVisible();
  const stories = page.getByRole('list', { name: /Stories/ });
  await expect(stories.getByRole('button', { name: /Short-lived story/ })).toHaveCount(0);

  await page.getByRole('button', { name: 'Trash', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Trash' })).toContainText('Short-lived story');
  await page.reload();
  await expect(
    page.getByRole('list', { name: /Stories/ }).getByRole('button', { name: /Short-lived story/ }),
  ).toHaveCount(0);
  await page.getByRole('button', { name: 'Trash', exact: true }).click();
  await page.getByRole('button', { name: 'Restore Short-lived story' }).click();
  await expect(
    page.getByRole('list', { name: /Stories/ }).getByRole('button', { name: /Short-lived story/ }),
  ).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Short-lived story');
});

test('search filters the library by headline or slug', async ({ page, galley }) => {
  await page.goto(galley.url);
  await createStoryInUi(page);
  await page.getByRole('textbox', { name: 'Headline' }).fill('Zoning hearing delayed');
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
  const search = page.getByRole('searchbox', { name: 'Search stories' });
  await search.fill('zoning');
  const stories = page.getByRole('list', { name: /Stories/ });
  await expect(stories.getByRole('button')).toHaveCount(1);
  await search.fill('bay-ferry');
  await expect(stories.getByRole('button', { name: /Ferry authority/ })).toBeVisible();
  await search.fill('nothing like this');
  await expect(stories).toContainText('No story matches.');
});
