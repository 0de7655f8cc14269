import { expect, newStoryBody, selectInBody, test } from '../helpers/browser-host';

test('add, edit and remove a link; javascript: links are refused with a message', async ({
  page,
  galley,
}) => {
  await page.goto(galley.url);
  const body = await newStoryBody(page);
  await page.keyboard.type('Read the full report online.');
  await selectInBody(page, 'full report');
  await page.keyboard.press('Control+k');
  const bar = page.getByRole('group', { name: 'Link' });
  const address = bar.getByRole('textbox', { name: 'Link address' });
  await address.fill('javascript:alert(1)');
  await bar.getByRole('button', { name: 'Apply link' }).click();
  await expect(bar.getByRole('alert')).toContainText(
    'Links must start with http://, https:// or mailto:',
  );
  await expect(body.locator('a')).toHaveCount(0);
  await address.fill('example.org/report');
  await bar.getByRole('button', { name: 'Apply link' }).click();
  await expect(body.locator('a')).toHaveText('full report');
  await expect(body.locator('a')).toHaveAttribute('href', 'https://example.org/report');

  // With the cursor in the link, the popover offers Edit and Remove.
  await selectInBody(page, 'report');
  await expect(bar.getByText('https://example.org/report')).toBeVisible();
  await bar.getByRole('button', { name: 'Edit link' }).click();
  await bar.getByRole('textbox', { name: 'Link address' }).fill('mailto:desk@example.org');
  await bar.getByRole('button', { name: 'Apply link' }).click();
  await expect(body.locator('a')).toHaveAttribute('href', 'mailto:desk@example.org');
  await selectInBody(page, 'report');
  await bar.getByRole('button', { name: 'Remove link' }).click();
  await expect(body.locator('a')).toHaveCount(0);
  await expect(body).toHaveText('Read the full report online.');
});
