import { chromium } from '@playwright/test';
import { describe, expect, it } from 'vitest';
import { WordPressClient } from '../../main/cms/wordpress';
import type { WordPressProfile } from '../../main/cms/wordpress';
import { wordpressFromEnv } from '../helpers/wordpress-env';
import { wordpressBlocks } from '../../shared/export/wp-blocks';
import type { StoryBlock } from '../../shared/story';
import { findChromium } from '../helpers/chromium';

// The post must open in WordPress's own block editor as native, valid blocks. The editor is
// the judge: the test logs in to wp-admin on the test WordPress, opens the post, and asks the
// block editor's store which blocks it parsed and whether each one validated.
const profile: WordPressProfile | undefined = wordpressFromEnv();
// scripts/wordpress-up.sh creates the user with this password for wp-admin.
const ADMIN_PASSWORD = process.env['WORDPRESS_ADMIN_PASSWORD'] ?? 'correct horse battery';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

const BODY: StoryBlock[] = [
  {
    type: 'paragraph',
    children: [
      { text: 'STOCKTON, Calif. — Levee crews ' },
      { text: 'held', bold: true },
      { text: ' the line near ' },
      { type: 'link', url: 'https://example.org/delta?a=1&b=2', children: [{ text: 'the Delta' }] },
      { text: ' & ', italic: true },
      { text: 'said "so"', strikethrough: true },
      { text: ' <overnight>.' },
    ],
  },
  { type: 'heading-one', children: [{ text: 'What comes next' }] },
  { type: 'heading-two', children: [{ text: 'Money' }] },
  { type: 'blockquote', children: [{ text: '“We will be here all week,” the chief said.' }] },
  { type: 'pull-quote', children: [{ text: 'The water came up faster than anyone planned for.' }] },
  {
    type: 'bulleted-list',
    children: [
      {
        type: 'list-item',
        children: [{ text: 'Sandbags at ' }, { text: 'Rio Vista', bold: true }],
      },
      { type: 'list-item', children: [{ text: 'Pumps on Sherman Island' }] },
    ],
  },
  {
    type: 'numbered-list',
    children: [
      { type: 'list-item', children: [{ text: 'First' }] },
      { type: 'list-item', children: [{ text: 'Second' }] },
    ],
  },
  { type: 'section-break', children: [{ text: '' }] },
  {
    type: 'image',
    src: 'asset:images/levee.png',
    alt: 'A levee at dusk',
    caption: 'Crews on the levee Tuesday.',
    credit: 'Ana Ruiz / Galley',
    children: [{ text: '' }],
  },
];

describe.skipIf(!profile)('native blocks in a real WordPress', () => {
  it(
    'every block type opens in the block editor as a valid core block',
    { timeout: 120_000 },
    async () => {
      const p = profile!;
      const client = new WordPressClient(p);
      const media = await client.uploadMedia('levee.png', PNG, 'image/png');
      const html = wordpressBlocks(BODY, (src) =>
        src === 'asset:images/levee.png' ? media : { url: src },
      );
      const post = await client.publish({
        title: 'Blocks check',
        html,
        excerpt: '',
        slug: `galley-blocks-${Date.now().toString(36)}`,
        status: 'draft',
      });

      const found = await findChromium();
      const browser = await chromium.launch({ executablePath: found.path, args: [...found.args] });
      try {
        const page = await browser.newPage();
        await page.goto(`${p.siteUrl}/wp-login.php`);
        await page.fill('#user_login', p.user);
        await page.fill('#user_pass', ADMIN_PASSWORD);
        await Promise.all([page.waitForURL(/wp-admin/), page.click('#wp-submit')]);
        await page.goto(`${p.siteUrl}/wp-admin/post.php?post=${post.id}&action=edit`);
        await page.waitForFunction(
          () => {
            const wp = (
              window as unknown as {
                wp?: { data?: { select: (s: string) => { getBlocks: () => unknown[] } } };
              }
            ).wp;
            return (wp?.data?.select('core/block-editor')?.getBlocks().length ?? 0) > 0;
          },
          undefined,
          { timeout: 90_000 },
        );
        const blocks = await page.evaluate(() => {
          interface Block {
            name: string;
            isValid: boolean;
            innerBlocks: Block[];
            attributes: Record<string, unknown>;
          }
          const wp = (
            window as unknown as {
              wp: { data: { select: (s: string) => { getBlocks: () => Block[] } } };
            }
          ).wp;
          const walk = (
            list: Block[],
          ): Array<{ name: string; valid: boolean; attrs: Record<string, unknown> }> =>
            list.flatMap((b) => [
              { name: b.name, valid: b.isValid, attrs: b.attributes },
              ...walk(b.innerBlocks),
            ]);
          return walk(wp.data.select('core/block-editor').getBlocks());
        });
        expect(blocks.filter((b) => !b.valid).map((b) => b.name)).toEqual([]);
        expect(blocks.map((b) => b.name)).toEqual([
          'core/paragraph',
          'core/heading',
          'core/heading',
          'core/quote',
          'core/paragraph',
          'core/pullquote',
          'core/list',
          'core/list-item',
          'core/list-item',
          'core/list',
          'core/list-item',
          'core/list-item',
          'core/separator',
          'core/image',
        ]);
        const image = blocks.find((b) => b.name === 'core/image')!;
        expect(image.attrs['id']).toBe(media.id);
        expect(image.attrs['alt']).toBe('A levee at dusk');
        expect(String(image.attrs['caption'])).toContain('Crews on the levee Tuesday.');
        const first = blocks[0]!;
        expect(String(first.attrs['content'])).toContain('<strong>held</strong>');
        expect(String(first.attrs['content'])).toContain(
          'href="https://example.org/delta?a=1&amp;b=2"',
        );
      } finally {
        await browser.close();
      }
    },
  );
});

describe.skipIf(!profile)('post metadata in a real WordPress', () => {
  const p = profile!;
  // Built when a test runs: without a WordPress the suite is skipped, and `p` is undefined here.
  const auth = (): string =>
    `Basic ${Buffer.from(`${p.user}:${p.appPassword.replace(/\s+/g, '')}`).toString('base64')}`;
  const rest = async <T>(
    route: string,
    init: { method?: string; body?: unknown } = {},
  ): Promise<T> => {
    const response = await fetch(`${p.siteUrl}/wp-json/wp/v2/${route}`, {
      method: init.method ?? 'GET',
      headers: { Authorization: auth(), 'Content-Type': 'application/json' },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
    return (await response.json()) as T;
  };

  it(
    'alt text and caption go to the media fields; a byline that names a user makes them the author',
    { timeout: 60_000 },
    async () => {
      const client = new WordPressClient(p);
      const media = await client.uploadMedia('dusk.png', PNG, 'image/png', {
        alt: 'A levee at dusk',
        caption: 'Crews on the levee (Ana Ruiz)',
      });
      const stored = await rest<{ alt_text: string; caption: { raw: string } }>(
        `media/${media.id}?context=edit`,
      );
      expect(stored.alt_text).toBe('A levee at dusk');
      expect(stored.caption.raw).toBe('Crews on the levee (Ana Ruiz)');

      // A reporter with an account on the site.
      const login = `lhartwell${Date.now().toString(36)}`;
      // A name of its own for this run: the test WordPress may keep users from earlier runs.
      const surname = `Hartwell ${Date.now()
        .toString(36)
        .replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)}`;
      const user = await rest<{ id: number }>('users', {
        method: 'POST',
        body: {
          username: login,
          name: `Lena ${surname}`,
          email: `${login}@example.org`,
          password: 'a long enough password 42',
          roles: ['author'],
        },
      });
      expect(await client.findAuthor(`By Lena ${surname}, Staff Writer`)).toBe(user.id);
      expect(await client.findAuthor('By Nobody Here')).toBeUndefined();
      const post = await client.publish({
        title: 'Authored',
        html: '<!-- wp:paragraph -->\n<p>x</p>\n<!-- /wp:paragraph -->',
        excerpt: '',
        slug: `galley-author-${Date.now().toString(36)}`,
        status: 'draft',
        authorName: `By Lena ${surname}, Staff Writer`,
      });
      expect((await rest<{ author: number }>(`posts/${post.id}?context=edit`)).author).toBe(
        user.id,
      );
    },
  );

  it(
    'a scheduled time lands at the same instant on a site set to another timezone',
    { timeout: 60_000 },
    async () => {
      const before = await rest<{ timezone: string }>('settings');
      await rest('settings', { method: 'POST', body: { timezone: 'America/Los_Angeles' } });
      try {
        const client = new WordPressClient(p);
        const at = new Date(Date.now() + 7 * 24 * 3600_000);
        at.setUTCMinutes(30, 0, 0);
        const post = await client.publish({
          title: 'Scheduled',
          html: '<!-- wp:paragraph -->\n<p>later</p>\n<!-- /wp:paragraph -->',
          excerpt: '',
          slug: `galley-tz-${Date.now().toString(36)}`,
          status: 'future',
          date: at.toISOString(),
        });
        const stored = await rest<{ date_gmt: string; date: string; status: string }>(
          `posts/${post.id}?context=edit`,
        );
        expect(stored.status).toBe('future');
        expect(new Date(`${stored.date_gmt}Z`).toISOString()).toBe(at.toISOString());
        // The site's local time is the same instant, seven or eight hours earlier on the clock.
        expect(stored.date).not.toBe(stored.date_gmt);
      } finally {
        await rest('settings', { method: 'POST', body: { timezone: before.timezone || 'UTC' } });
      }
    },
  );
});
