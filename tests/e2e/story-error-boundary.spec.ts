import { expect, test } from '../helpers/browser-host';

test('a story that cannot be drawn shows a message and the way back; the rest keeps working', async ({
  page,
  galley,
}) => {
  // The host never sends such a story (every write path validates); this stands in for one
  // that a newer or damaged host might, by altering the answer on its way to the page.
  let broken = true;
  await page.route('**/api/openStory', async (route) => {
    const response = await route.fetch();
    const json = (await response.json()) as { ok: boolean; result?: { body: unknown[] } };
    if (broken && json.ok && json.result) {
      json.result.body = [{ type: 'hologram', children: [{ text: 'from the future' }] }];
    }
    await route.fulfill({ response, json });
  });
  await page.goto(galley.url);
  const alert = page.getByRole('alert', { name: 'Story cannot be shown' });
  await expect(alert).toContainText('Galley cannot show this story');
  // The library still works.
  await expect(page.getByRole('button', { name: 'New story' })).toBeEnabled();
  broken = false;
  await alert.getByRole('button', { name: 'Open the previous version' }).click();
  await expect(alert).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(/Ferry/);
});
