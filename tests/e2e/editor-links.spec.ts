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

test('while suggesting, a link is a suggestion the panel lists; rejecting keeps the words', async ({
  page,
  galley,
}) => {
  await page.goto(galley.url);
  const body = await newStoryBody(page);
  await page.keyboard.type('The park service posted the lake levels.');
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText(/Saved/);
  await page.getByRole('button', { name: 'Suggest changes' }).click();
  await selectInBody(page, 'park service');
  await page.keyboard.press('Control+k');
  const bar = page.getByRole('group', { name: 'Link' });
  await bar.getByRole('textbox', { name: 'Link address' }).fill('https://www.nps.gov/lake');
  await bar.getByRole('button', { name: 'Apply link' }).click();
  const link = body.locator('a.suggested-link');
  await expect(link).toHaveText('park service');
  await expect(link).toHaveAttribute('aria-description', /Suggested: Linked “park service”/);
  await page.getByRole('button', { name: /^Suggestions \(1\)/ }).click();
  const panel = page.getByRole('complementary', { name: 'Suggestions' });
  await expect(panel).toContainText('Linked “park service” to www.nps.gov');
  await panel.getByRole('button', { name: 'Reject all', exact: true }).click();
  await expect(body.locator('a')).toHaveCount(0);
  await expect(body).toHaveText('The park service posted the lake levels.');
  await expect(page.getByRole('button', { name: /^Suggestions \(0\)/ })).toBeVisible();
});
