import { expect, newStoryBody, test } from '../helpers/browser-host';

test('markdown-style autoformat makes headings, quotes and lists, and undo brings the text back', async ({
  page,
  galley,
}) => {
  await page.goto(galley.url);
  const body = await newStoryBody(page);
  await page.keyboard.type('## Background');
  await expect(body.locator('h2')).toHaveText('Background');
  await expect(page.getByRole('button', { name: 'Heading', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('Enter');
  await page.keyboard.type('> Quoted words');
  await expect(body.locator('blockquote')).toHaveText('Quoted words');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Alt+0');
  await page.keyboard.type('- first');
  await page.keyboard.press('Enter');
  await page.keyboard.type('second');
  await expect(body.locator('ul > li')).toHaveText(['first', 'second']);
  await expect(page.getByRole('button', { name: 'Bulleted list' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('1. one');
  await expect(body.locator('ol > li')).toHaveText(['one']);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect(body.locator('ol')).toHaveCount(0);
  await expect(body).toContainText('1.');
});

test('toolbar makes a pull quote and a section break, and reflects the block at the cursor', async ({
  page,
  galley,
}) => {
  await page.goto(galley.url);
  const body = await newStoryBody(page);
  await page.keyboard.type('A line for the pull quote');
  await page.getByRole('button', { name: 'Pull quote' }).click();
  await expect(body.getByRole('complementary', { name: 'Pull quote' })).toHaveText(
    'A line for the pull quote',
  );
  await expect(page.getByRole('button', { name: 'Pull quote' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.keyboard.press('End');
  await page.getByRole('button', { name: 'Section break' }).click();
  await expect(body.getByRole('separator', { name: 'Section break' })).toHaveCount(1);
  await page.keyboard.type('After the break');
  await expect(page.getByRole('button', { name: 'Pull quote' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
  await page.reload();
  await expect(
    page
      .getByRole('textbox', { name: 'Story body' })
      .getByRole('separator', { name: 'Section break' }),
  ).toHaveCount(1);
});

test('strikethrough and italic from the keyboard; curly quotes when the option is on', async ({
  page,
  galley,
}) => {
  await page.goto(galley.url);
  const body = await newStoryBody(page);
  await page.keyboard.press('Control+Shift+X');
  await page.keyboard.type('struck');
  await page.keyboard.press('Control+Shift+X');
  await expect(body.locator('s')).toHaveText('struck');
  await page.getByRole('checkbox', { name: 'Curly quotes' }).check();
  await body.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' "Hi," it\'s here');
  await expect(body).toContainText('“Hi,” it’s here');
});
