import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../helpers/browser-host';

test('the editor with the sample story has no serious or critical accessibility violations', async ({
  browser,
  galley,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(galley.url);
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(/Ferry/);
  // A finding underlined in the headline field is on screen too.
  await page
    .getByRole('textbox', { name: 'Headline' })
    .fill('Ferry to Sacremento adds a third boat');
  await expect(page.locator('.field-underlay .proof-name')).toHaveText('Sacremento', {
    timeout: 20_000,
  });
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
  ).toEqual([]);
  await context.close();
});

test('every control can be reached with the keyboard', async ({ page, galley }) => {
  await page.goto(galley.url);
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(/Ferry/);
  const reached = new Set<string>();
  for (let i = 0; i < 70; i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? el.getAttribute('aria-label') || el.id || el.textContent || '' : '';
    });
    reached.add(name.trim());
  }
  for (const expected of [
    'New story',
    'Import',
    'story-search',
    'field-headline',
    'field-dek',
    'field-slug',
    'field-status',
    'Story body',
  ]) {
    expect([...reached].some((name) => name.includes(expected))).toBe(true);
  }
});
