import { createStoryInUi, expect, test } from '../helpers/browser-host';

test('the author name from settings is the byline of new stories and the author of versions', async ({
  page,
  galley,
}) => {
  await page.goto(galley.url);
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(/Ferry/);
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByRole('textbox', { name: 'Your name' }).fill('Dana Cole');
  await dialog.getByRole('textbox', { name: /Library folder/ }).fill('not/a/full/path');
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await expect(dialog.getByRole('alert')).toContainText('must be a full path');
  await dialog.getByRole('textbox', { name: /Library folder/ }).fill('');
  await dialog.getByRole('button', { name: 'Save settings' }).click();
  await expect(dialog).toBeHidden();
  await createStoryInUi(page);
  await expect(page.getByRole('textbox', { name: 'Byline' })).toHaveValue('Dana Cole');
  await page.getByRole('button', { name: 'History' }).click();
  await page
    .getByRole('complementary', { name: 'History' })
    .getByRole('button', { name: 'Save version' })
    .click();
  await expect(
    page.getByRole('list', { name: 'Versions' }).getByRole('listitem').first(),
  ).toContainText('Dana Cole');
});
