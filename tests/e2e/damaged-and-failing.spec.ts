import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createStoryInUi, expect, test } from '../helpers/browser-host';

test('a corrupt story is listed as damaged and the rest of the library works', async ({
  page,
  galley,
}) => {
  await mkdir(join(galley.library, 'mx0bad01-00000000'), { recursive: true });
  await writeFile(
    join(galley.library, 'mx0bad01-00000000', 'story.json'),
    '{"format":1,"headline":"half',
  );
  await page.goto(galley.url);
  const damaged = page.getByRole('region', { name: /Damaged stories/ });
  await expect(damaged).toContainText('mx0bad01-00000000');
  await expect(damaged).toContainText('not valid JSON');
  await createStoryInUi(page);
  await page.getByRole('textbox', { name: 'Headline' }).fill('Still works');
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
});

test('when saving fails the text stays, the reason shows, and saving retries', async ({
  page,
  galley,
}) => {
  await page.goto(galley.url);
  await createStoryInUi(page);
  await page.getByRole('textbox', { name: 'Headline' }).fill('Fragile');
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('Saved');
  const id = (await page.evaluate(async (token) => {
    const r = await fetch('/api/listStories', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: '{}',
    });
    return (
      (await r.json()) as { result: { stories: { id: string; headline: string }[] } }
    ).result.stories.find((s) => s.headline === 'Fragile')?.id;
  }, galley.token)) as string;
  // Replace the story folder with a plain file: every write into it now fails.
  const dir = join(galley.library, id);
  await rm(dir, { recursive: true });
  await writeFile(dir, 'in the way');
  const body = page.getByRole('textbox', { name: 'Story body' });
  await body.click();
  await page.keyboard.type('Words that must not be lost.');
  const status = page.getByRole('status', { name: 'Save status' });
  await expect(status).toContainText('Not saved: ');
  await expect(status).toContainText(
    /is missing or is not a folder.*your text is safe in the editor/i,
  );
  await expect(body).toHaveText('Words that must not be lost.');
  await rm(dir);
  await expect(status).toHaveText('Saved', { timeout: 15_000 });
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Story body' })).toHaveText(
    'Words that must not be lost.',
  );
});
