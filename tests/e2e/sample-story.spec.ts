import { expect, test } from '../helpers/browser-host';

test('an empty library opens the sample story, errors and all', async ({ page, galley }) => {
  await page.goto(galley.url);
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(
    'Ferry authority adds a third boat to the Oakland–San Francisco run',
  );
  await expect(page.getByRole('textbox', { name: 'Dateline' })).toHaveValue('OAKLAND, Calif.');
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('copy desk');
  const body = page.getByRole('textbox', { name: 'Story body' });
  await expect(body).toContainText('terminal in Oaklan,');
  await expect(page.getByLabel('Word count')).toHaveText(/^\d{3} words of 450$/);
  await expect(page.getByRole('list', { name: /Stories/ }).getByRole('button')).toHaveCount(1);
  await expect(
    page
      .getByRole('list', { name: /Stories/ })
      .getByRole('button')
      .first(),
  ).toHaveAttribute('aria-current', 'true');
});
