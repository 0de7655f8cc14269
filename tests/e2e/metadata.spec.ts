import { expect, test } from '../helpers/browser-host';

test('metadata panel: pick-or-type section and tags, status, character counts; all saved', async ({
  page,
  galley,
}) => {
  await page.goto(galley.url);
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(/Ferry/);
  await expect(page.getByText('66 characters')).toBeVisible();
  await page.getByRole('combobox', { name: 'Section' }).fill('Business');
  const tags = page.getByRole('list', { name: 'Tags on this story' });
  await expect(tags.getByRole('listitem')).toHaveCount(3);
  await page.getByRole('button', { name: 'Remove tag ferries' }).click();
  const input = page.getByRole('combobox', { name: 'Tags' });
  await input.fill('port');
  await input.press('Enter');
  await input.fill('housing,');
  await input.press(',');
  await expect(tags.getByRole('listitem')).toHaveText([
    'transportation×',
    'Oakland×',
    'port×',
    'housing×',
  ]);
  await page.getByRole('combobox', { name: 'Status' }).selectOption('editing');
  await page.getByRole('textbox', { name: 'Dek' }).fill('Short dek');
  await expect(page.getByText('9 characters')).toBeVisible();
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Section' })).toHaveValue('Business');
  await expect(
    page.getByRole('list', { name: 'Tags on this story' }).getByRole('listitem'),
  ).toHaveCount(4);
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('editing');
});
