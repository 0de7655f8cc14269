import { expect, newStoryBody, test } from '../helpers/browser-host';

// The page tells of a new selection only in a later task; a render landing first (a check's
// answer, a save's status) must not put the editor's older selection back on the page.
test('a selection made just before a redraw is the one typing replaces', async ({
  page,
  galley,
}) => {
  await page.goto(galley.url);
  const body = await newStoryBody(page);
  await body.click();
  await page.keyboard.type('Crews reopened the bridge.');
  await expect(body).toHaveText('Crews reopened the bridge.');
  await body.evaluate((element) => {
    const text = element.querySelector('[data-slate-string]')!.firstChild!;
    window.getSelection()!.setBaseAndExtent(text, 0, text, text.textContent!.length);
    // A redraw of the editor in the same task, before the page's selectionchange event.
    const option = [...document.querySelectorAll('label')].find((label) =>
      label.textContent?.includes('Curly quotes'),
    );
    option!.querySelector('input')!.click();
  });
  await page.keyboard.type('Replaced.');
  await expect(body).toHaveText('Replaced.');
});
