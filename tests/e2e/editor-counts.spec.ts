import { expect, newStoryBody, test } from '../helpers/browser-host';

test('counts leave out editor’s notes and show the budget in words and color', async ({
  page,
  galley,
}) => {
  await page.goto(galley.url);
  const body = await newStoryBody(page);
  await page.getByRole('spinbutton', { name: 'Word budget' }).fill('10');
  await body.click();
  await page.keyboard.type('One two three four five ');
  await page.keyboard.press('Control+Alt+M');
  await page.keyboard.type('check this name');
  await page.keyboard.press('Control+Alt+M');
  await expect(body.locator('[data-note="true"]')).toHaveText('check this name');
  await expect(page.getByLabel('Word count')).toHaveText('5 words of 10');
  await expect(page.getByLabel('Budget', { exact: true })).toHaveText(/5 words under budget/);
  await expect(page.getByLabel('Character count')).toHaveText('24 characters');
  await expect(page.getByLabel('Reading time')).toHaveText('1 min read');
  await page.keyboard.type(
    ' six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen',
  );
  await expect(page.getByLabel('Budget', { exact: true })).toHaveText(/8 words over budget/);
  await expect(page.getByLabel('Budget', { exact: true })).toHaveClass(/budget-over/);
});

// React DOM walks every node of a focused contenteditable on each commit unless the element's
// contentEditable property says otherwise; the body editor answers "inherit" to React while
// staying editable for the browser (see renderer/editor/react-selection-walk.ts).
test('the body stays editable while React is kept from walking it on every commit', async ({
  page,
  galley,
}) => {
  await page.goto(galley.url);
  const body = await newStoryBody(page);
  await body.click();
  await page.keyboard.type('Crews reopened the bridge.');
  const state = await body.evaluate((el) => ({
    property: (el as HTMLElement).contentEditable,
    attribute: el.getAttribute('contenteditable'),
    editable: (el as HTMLElement).isContentEditable,
  }));
  expect(state).toEqual({ property: 'inherit', attribute: 'true', editable: true });
  await page.keyboard.press('Shift+Home');
  await page.keyboard.type('Replaced.');
  await expect(body).toHaveText('Replaced.');
});
