import {
  createStoryInUi,
  expect,
  pasteIntoBody,
  selectInBody,
  test,
} from '../helpers/browser-host';

// A scraped wire story of our own with the usual clutter around it.
const SCRAPE = [
  'Win $250-Enter Now',
  '',
  'Tacoma port workers reject contract offer',
  '',
  'TACOMA, Wash. — Dockworkers voted Saturday to reject a three-year offer from the Seattle-based shipping alliance, union leaders said.',
  '',
  'The vote came after talks with the Oaklan-based port authority broke down last week.',
  '',
  'ALL Headlines',
].join('\n');

test('import a scraped wire story: fields filled, compound typo fixed from the popover, clutter deleted', async ({
  page,
  galley,
}) => {
  await page.goto(galley.url);
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(/Ferry/);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import' }).click();
  await (
    await chooser
  ).setFiles({ name: 'wire.txt', mimeType: 'text/plain', buffer: Buffer.from(SCRAPE) });
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(
    'Tacoma port workers reject contract offer',
  );
  await expect(page.getByRole('textbox', { name: 'Dateline' })).toHaveValue('TACOMA, Wash.');
  const body = page.getByRole('textbox', { name: 'Story body' });
  await expect(body).toContainText('Dockworkers voted Saturday');

  const typo = body.locator('[data-proof-kind="name"]', { hasText: 'Oaklan' });
  await expect(typo).toHaveText('Oaklan', { timeout: 20_000 });
  await expect(page.getByRole('button', { name: /^Findings \(3\)/ })).toBeVisible();
  await typo.hover();
  const popover = page.getByRole('dialog', { name: 'Name or place: Oaklan' });
  await popover.getByRole('button', { name: 'Oakland', exact: true }).click();
  await expect(body).toContainText('the Oakland-based port authority');

  const clutter = body.locator('[data-proof-kind="boilerplate"]', { hasText: 'ALL Headlines' });
  await expect(clutter).toBeVisible();
  // F7 from the paragraph above reaches it; Enter applies the fix.
  await selectInBody(page, 'broke down last week');
  await page.keyboard.press('F7');
  await expect(
    page
      .getByRole('dialog', { name: 'Scraped boilerplate: ALL Headlines' })
      .getByRole('button', { name: 'Delete this line' }),
  ).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(body).not.toContainText('ALL Headlines');
  await expect(page.getByRole('button', { name: /^Findings \(1\)/ })).toBeVisible();
  // Undo brings the line back: nothing is lost by a click.
  await body.click();
  await page.keyboard.press('Control+z');
  await expect(body).toContainText('ALL Headlines');
});

test('paste a scraped wire story into an empty story: headline and dateline go to their fields', async ({
  page,
  galley,
}) => {
  await page.goto(galley.url);
  await createStoryInUi(page);
  await page.getByRole('textbox', { name: 'Story body' }).click();
  await pasteIntoBody(page, { 'text/plain': SCRAPE });
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(
    'Tacoma port workers reject contract offer',
  );
  await expect(page.getByRole('textbox', { name: 'Dateline' })).toHaveValue('TACOMA, Wash.');
  const body = page.getByRole('textbox', { name: 'Story body' });
  await expect(body).toContainText('Dockworkers voted Saturday');
  await expect(body).not.toContainText('TACOMA, Wash. —');
  await expect(body.locator('[data-proof-kind="boilerplate"]').first()).toBeVisible({
    timeout: 20_000,
  });
});

test('a finding in the headline is underlined in the headline field', async ({ page, galley }) => {
  await page.goto(galley.url);
  await createStoryInUi(page);
  await page.getByRole('textbox', { name: 'Headline' }).fill('Oaklan-based clinic closes');
  const underline = page.locator('.field-underlay .proof-name');
  await expect(underline).toHaveText('Oaklan', { timeout: 20_000 });
  // It sits over the word in the field, not somewhere else.
  const field = await page.getByRole('textbox', { name: 'Headline' }).boundingBox();
  const mark = await underline.boundingBox();
  expect(mark!.x).toBeGreaterThanOrEqual(field!.x);
  expect(mark!.x + mark!.width).toBeLessThan(field!.x + field!.width / 2);
  await expect(page.getByRole('button', { name: /^Findings \(1\)/ })).toBeVisible();
});
