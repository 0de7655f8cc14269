import { createStoryInUi, expect, saveSettings, test } from '../helpers/browser-host';

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
  await saveSettings(dialog);
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

test('Save before the host has sent the settings still applies the theme and closes', async ({
  page,
  galley,
}) => {
  await page.goto(galley.url);
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(/Ferry/);
  // The host answers late, as it can on a busy machine.
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/getSettings', async (route) => {
    await held;
    await route.continue();
  });
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await expect(dialog.getByRole('textbox', { name: 'Your name' })).toBeDisabled();
  await dialog.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Dark' });
  await saveSettings(dialog);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  release();
});
