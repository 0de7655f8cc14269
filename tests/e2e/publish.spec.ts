import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/browser-host';

// Publishes through the UI to the real WordPress that scripts/wordpress-up.sh starts.
const url = process.env['WORDPRESS_URL'];
const user = process.env['WORDPRESS_USER'] ?? 'editor';
const password = process.env['WORDPRESS_APP_PASSWORD'] ?? '';
if (!url)
  console.warn('Publish end-to-end test SKIPPED: set WORDPRESS_URL (run scripts/wordpress-up.sh).');

test.skip(!url, 'needs WORDPRESS_URL from scripts/wordpress-up.sh');

const auth = `Basic ${Buffer.from(`${user}:${password.replace(/\s+/g, '')}`).toString('base64')}`;

async function addWordPressProfile(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByRole('textbox', { name: 'Profile name' }).fill('Test WordPress');
  await settings.getByRole('textbox', { name: 'Site address' }).fill(url!);
  await settings.getByRole('textbox', { name: 'User name' }).fill(user);
  await settings.getByLabel('Application password').fill(password);
  await settings.getByRole('button', { name: 'Save profile' }).click();
  await expect(settings.getByText(/only your user account can read/)).toBeVisible();
  await settings.getByRole('button', { name: 'Test connection to Test WordPress' }).click();
  await expect(
    settings.getByRole('status').filter({ hasText: 'Connected to Test WordPress' }),
  ).toBeVisible();
  await settings.getByRole('button', { name: 'Cancel' }).click();
}

test('publish the sample story to WordPress through the UI, then re-publish to the same post', async ({
  page,
  galley,
}) => {
  await page.goto(galley.url);
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(/Ferry/);

  await addWordPressProfile(page);

  await page.getByRole('button', { name: 'Publish' }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish story' });
  const preflight = dialog.getByRole('list', { name: 'Preflight' });
  await expect(preflight).toContainText(/spelling or name findings? (is|are) still open/);
  const publish = dialog.getByRole('button', { name: 'Publish', exact: true });
  await expect(publish).toBeDisabled();
  for (const box of await preflight.getByRole('checkbox', { name: 'Publish anyway' }).all())
    await box.check();
  // Before publishing, the dialog says what the CMS will gain and whose name the post carries.
  const notes = dialog.getByRole('list', { name: 'Publishing notes' });
  await expect(notes).toContainText(/The post will carry the name of /);
  await dialog.getByRole('radio', { name: 'Draft' }).check();
  await publish.click();
  const status = dialog.getByRole('status');
  await expect(status).toContainText(/Published to Test WordPress as post (\d+) \(draft\)/, {
    timeout: 30_000,
  });
  const postId = /as post (\d+)/.exec((await status.textContent())!)![1];

  const post = (await (
    await fetch(`${url}/wp-json/wp/v2/posts/${postId}?context=edit`, {
      headers: { Authorization: auth },
    })
  ).json()) as {
    title: { raw: string };
    content: { raw: string };
    excerpt: { raw: string };
    slug: string;
    categories: number[];
    tags: number[];
  };
  expect(post.title.raw).toBe('Ferry authority adds a third boat to the Oakland–San Francisco run');
  // The story's own slug (WordPress adds -2 and so on only when another post has it).
  expect(post.slug).toMatch(/^bay-ferry-adds-third-boat(-\d+)?$/);
  const category = (await (
    await fetch(`${url}/wp-json/wp/v2/categories/${post.categories[0]}`, {
      headers: { Authorization: auth },
    })
  ).json()) as { name: string };
  expect(category.name).not.toBe('Uncategorized');
  expect(post.tags.length).toBeGreaterThan(0);
  expect(post.content.raw).toContain('Jack London Square');
  // The dateline leads the first paragraph, as newspapers print it.
  expect(post.content.raw).toMatch(/<p>OAKLAND, Calif\. — /);
  expect(post.excerpt.raw).toContain('catamaran');

  // A correction goes to the same post, never a new one.
  await publish.click();
  await expect(status).toContainText(`as post ${postId}`, { timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'History' }).click();
  await expect(
    page.getByRole('list', { name: 'Versions' }).getByRole('listitem').first(),
  ).toContainText(`Published to Test WordPress as post ${postId}`);

  // Add correction: a dated note ends the story and the post, published again.
  await page.getByText('More', { exact: true }).click();
  await page.getByRole('button', { name: 'Add correction…' }).click();
  const correction = page.getByRole('dialog', { name: 'Add correction' });
  await correction
    .getByRole('textbox', { name: 'Correction' })
    .fill('An earlier version gave the wrong number of boats.');
  await correction.getByRole('button', { name: 'Add and republish' }).click();
  await expect(correction.getByRole('status', { name: 'Correction status' })).toContainText(
    `Published to Test WordPress as post ${postId}`,
    { timeout: 30_000 },
  );
  await correction.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('textbox', { name: 'Story body' }).locator('p').last()).toContainText(
    /^Correction \(\w+\.? \d+, \d{4}\): An earlier version gave the wrong number of boats\.$/,
  );
  const corrected = (await (
    await fetch(`${url}/wp-json/wp/v2/posts/${postId}?context=edit`, {
      headers: { Authorization: auth },
    })
  ).json()) as { content: { raw: string } };
  expect(corrected.content.raw).toContain('An earlier version gave the wrong number of boats.');
});

test('open a draft written in WordPress as a story, from the library', async ({ page, galley }) => {
  const marker = `Harbor${Date.now().toString(36)}`;
  const created = (await (
    await fetch(`${url}/wp-json/wp/v2/posts`, {
      method: 'POST',
      headers: { Authorization: auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        title: `${marker} dredging starts`,
        content:
          '<!-- wp:paragraph --><p>Dredges began work on the <em>outer channel</em> at dawn.</p><!-- /wp:paragraph -->',
        excerpt: 'The work will take six weeks.',
        status: 'pending',
      }),
    })
  ).json()) as { id: number };
  expect(created.id).toBeGreaterThan(0);

  await page.goto(galley.url);
  await addWordPressProfile(page);
  await page.getByRole('button', { name: 'Open from CMS' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open from CMS' });
  await dialog.getByRole('combobox', { name: 'Posts' }).selectOption('pending');
  await dialog.getByRole('searchbox', { name: 'Search posts' }).fill(marker);
  await dialog.getByRole('button', { name: 'Search' }).click();
  await expect(dialog.getByRole('status', { name: 'CMS posts status' })).toHaveText('1 post');
  const row = dialog.getByRole('row').filter({ hasText: `${marker} dredging starts` });
  await expect(row).toContainText('pending');
  await row.getByRole('button', { name: `Open “${marker} dredging starts”` }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(
    `${marker} dredging starts`,
  );
  const body = page.getByRole('textbox', { name: 'Story body' });
  await expect(body).toContainText('Dredges began work on the outer channel at dawn.');
  await expect(body.locator('em')).toHaveText('outer channel');
  await expect(
    page.getByRole('button', { name: new RegExp(`^${marker} dredging starts`) }),
  ).toBeVisible();
});
