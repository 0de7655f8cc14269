import { expect, test } from '../helpers/browser-host';

test('find across headline and body, step through matches, replace all as one undo step', async ({
  page,
  galley,
}) => {
  await page.goto(galley.url);
  const body = page.getByRole('textbox', { name: 'Story body' });
  await expect(body).toContainText('Oaklan,');
  await body.click();
  await page.keyboard.press('Control+f');
  const panel = page.getByRole('region', { name: 'Find and replace' });
  const find = panel.getByRole('textbox', { name: 'Find' });
  await expect(find).toBeFocused();
  await find.fill('oakland');
  const count = panel.getByRole('status', { name: 'Match count' });
  await expect(count).toHaveText('1 of 1 (in headline)');
  await panel.getByRole('checkbox', { name: 'Whole word' }).check();
  await find.fill('Oaklan');
  await expect(count).toHaveText('1 of 1');
  await expect(body.locator('.find-current')).toHaveText('Oaklan');

  await find.fill('the');
  await panel.getByRole('checkbox', { name: 'Match case' }).check();
  await expect(count).toHaveText(/^1 of \d+/);
  const total = Number(/of (\d+)/.exec((await count.textContent())!)![1]);
  await find.press('Enter');
  await expect(count).toHaveText(new RegExp(`^2 of ${total}`));
  await panel.getByRole('button', { name: 'Previous' }).click();
  await panel.getByRole('button', { name: 'Previous' }).click();
  await expect(count).toHaveText(new RegExp(`^${total} of ${total}`));

  // Regular expressions, with an inline message for a broken one.
  await panel.getByRole('checkbox', { name: 'Regular expression' }).check();
  await find.fill('(\\d+)%');
  await expect(panel.getByRole('alert')).toHaveText('');
  await find.fill('(\\d+%');
  await expect(panel.getByRole('alert')).toContainText('not a valid regular expression');
  await find.fill('(\\d+)%');
  await panel.getByRole('checkbox', { name: 'Whole word' }).uncheck();
  await expect(count).toHaveText('1 of 1');
  await panel.getByRole('textbox', { name: 'Replace with' }).fill('$1 percent');
  await panel.getByRole('button', { name: 'Replace all', exact: true }).click();
  await expect(body).toContainText('about 80 percent of its 2019 level');
  await expect(panel).toContainText('Replaced 1 match.');

  // Replace all in the body, then one Ctrl+Z undoes the whole replacement.
  await panel.getByRole('checkbox', { name: 'Regular expression' }).uncheck();
  await find.fill('the');
  const before = await body.textContent();
  await panel.getByRole('textbox', { name: 'Replace with' }).fill('THE');
  await panel.getByRole('button', { name: 'Replace all', exact: true }).click();
  await expect(body).not.toContainText(' the ');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await body.click();
  await page.keyboard.press('Control+z');
  await expect(body).toHaveText(before!);
});

test('Ctrl+H opens with the replacement field and replaces one match at a time in the headline', async ({
  page,
  galley,
}) => {
  await page.goto(galley.url);
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(/Ferry/);
  await page.getByRole('textbox', { name: 'Headline' }).click();
  await page.keyboard.press('Control+h');
  const panel = page.getByRole('region', { name: 'Find and replace' });
  await expect(panel.getByRole('textbox', { name: 'Replace with' })).toBeFocused();
  await panel.getByRole('textbox', { name: 'Find' }).fill('third boat');
  await panel.getByRole('textbox', { name: 'Replace with' }).fill('third vessel');
  await panel.getByRole('button', { name: 'Replace', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(
    'Ferry authority adds a third vessel to the Oakland–San Francisco run',
  );
  // The body's "third boat" is still there; the headline's is gone.
  await expect(panel.getByRole('status', { name: 'Match count' })).toHaveText('1 of 1');
});
