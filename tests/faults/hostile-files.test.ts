import { appendFile, cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assetFile, createServices } from '../../main/services';
import { createConfSettings } from '../../main/settings/conf-settings';
import { toMarkdown } from '../../shared/export/markdown';
import { seal, entryLine } from '../../shared/history/version-log';
import { serializeContent } from '../../shared/history/serialize';
import { sha256 } from '../../shared/history/sha256';
import { cmsProfileSchema } from '../../shared/cms';
import { parseApiArgs } from '../../shared/api';
import { blockText, newStory, storySchema } from '../../shared/story';
import type { Story } from '../../shared/story';
import { useTempDir } from '../helpers/temp-dir';
import { recordFault, wordsMissing } from './ledger';

const tempDir = useTempDir();

async function services() {
  const dir = await tempDir();
  const library = join(dir, 'library');
  const settings = createConfSettings(join(dir, 'config'));
  const env = { GALLEY_LIBRARY: library, GALLEY_CONFIG_DIR: join(dir, 'config') };
  return { api: createServices({ settings, env }), library, settings, env };
}

const allText = (story: Story): string =>
  [story.headline, story.dek, ...story.body.map((b) => blockText(b))].join(' ');

describe('hostile files', () => {
  it('imports over-long titles, headings and a giant paragraph as stories that open and save', async () => {
    const { api } = await services();
    const longTitle = `Sacramento council ${'budget hearing notes '.repeat(160)}`.trim();
    const giant = 'Stockton residents lined up for water testing. '.repeat(120_000);
    const cases: Array<[string, string, string]> = [
      [
        'title.html',
        `<html><head><title>${longTitle}</title></head><body><p>Body.</p></body></html>`,
        longTitle,
      ],
      ['heading.md', `# ${longTitle}\n\nThe first paragraph.\n`, longTitle],
      ['giant.txt', `Water lines\n\n${giant}`, giant],
    ];
    let lost = 0;
    for (const [fileName, text, mustKeep] of cases) {
      const story = await api.importStory({ fileName, text });
      expect(storySchema.safeParse(story).success).toBe(true);
      const reopened = await api.openStory({ id: story.id });
      lost += wordsMissing(mustKeep, allText(reopened));
      expect(reopened.body[0]?.children[0]).toMatchObject({ note: true });
      // The open editor's autosave of such a story goes through.
      const edited = { ...reopened, dek: 'edited after import' };
      await expect(
        api.saveStory(parseApiArgs('saveStory', { story: edited })),
      ).resolves.toHaveProperty('updatedAt');
    }
    expect(lost).toBe(0);
    recordFault({
      fault: 'hostile imports (3,200-char title, long heading, 5.5 MB paragraph)',
      wordsLost: lost,
      blockedCalls: 0,
    });
  });

  it('refuses to restore a forged history line and leaves the story as it was', async () => {
    const { api, library } = await services();
    const story = await api.createStory({ headline: 'Forged' });
    const content = {
      headline: 'Forged',
      dek: '',
      byline: '',
      dateline: '',
      slug: 'forged',
      section: '',
      tags: [],
      status: 'draft',
      wordBudget: 0,
      body: [
        { type: 'widget', children: [{ text: 'unknown block' }] },
        {
          type: 'paragraph',
          children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ text: 'x' }] }],
        },
      ],
    };
    const text = serializeContent(content as never);
    const entry = seal({
      v: 1,
      kind: 'version',
      id: 'vforged0001',
      parent: null,
      time: new Date().toISOString(),
      author: 'Mallory',
      event: 'saved',
      hash: sha256(text),
      wordsAdded: 2,
      wordsRemoved: 0,
      snapshot: text,
    });
    await appendFile(join(library, story.id, 'history.jsonl'), entryLine(entry as never));
    const listed = await api.listVersions({ id: story.id });
    expect(listed.versions.some((v) => v.id === 'vforged0001')).toBe(true);
    await expect(
      api.restoreVersion({ id: story.id, versionId: 'vforged0001' }),
    ).rejects.toMatchObject({
      code: 'damaged',
      message: expect.stringMatching(/cannot be restored/),
    });
    const after = await api.openStory({ id: story.id });
    expect(after.headline).toBe('Forged');
    expect(JSON.stringify(after)).not.toContain('javascript:');
    recordFault({ fault: 'forged history line restored', wordsLost: 0, blockedCalls: 0 });
  });

  it('exports hostile image and link addresses as inert Markdown', () => {
    const story = storySchema.parse(
      newStory('hostile01', new Date('2026-01-01T00:00:00Z'), {
        headline: 'Hostile',
        slug: 'x',
        body: [
          {
            type: 'paragraph',
            children: [
              { type: 'link', url: 'https://a.example/x)(y', children: [{ text: 'link' }] },
            ],
          },
          {
            type: 'image',
            src: 'https://cdn.example/a.png%3E)%3Cscript%3E',
            alt: 'a',
            caption: '',
            credit: '',
            children: [{ text: '' }],
          },
        ],
      }),
    );
    const md = toMarkdown(story);
    expect(md).not.toMatch(/<script/i);
    expect(md).toContain('(https://a.example/x%29%28y)');
    // Raw markup characters in an address are refused by the schema itself.
    expect(
      storySchema.safeParse({
        ...story,
        body: [
          {
            type: 'image',
            src: 'https://cdn.example/a.png>)<script>',
            alt: '',
            caption: '',
            credit: '',
            children: [{ text: '' }],
          },
        ],
      }).success,
    ).toBe(false);
    recordFault({ fault: 'hostile URLs in Markdown export', wordsLost: 0, blockedCalls: 0 });
  });

  it('an imported image address with markup is encoded, never a live tag in any export', async () => {
    const { api } = await services();
    const story = await api.importStory({
      fileName: 'wire.html',
      text: '<h1>Wire</h1><p>Text.</p><img src="https://cdn.example/a.png&gt;)&lt;script&gt;alert(1)&lt;/script&gt;" alt="x">',
    });
    expect(toMarkdown(story)).not.toMatch(/<script/i);
  });

  it('lists a hand-copied story folder as a copy, and never follows a symlinked image', async () => {
    const { api, library, settings, env } = await services();
    const story = await api.createStory({ headline: 'Original' });
    const copyId = `${story.id.slice(0, -1)}z`;
    await cp(join(library, story.id), join(library, copyId), { recursive: true });
    const listing = await api.listStories({});
    expect(listing.stories.map((s) => s.id)).toContain(story.id);
    expect(listing.stories.map((s) => s.id)).not.toContain(copyId);
    expect(listing.damaged).toEqual([
      { id: copyId, reason: expect.stringMatching(/copy of the story/) },
    ]);
    await expect(api.openStory({ id: copyId })).rejects.toMatchObject({ code: 'damaged' });

    const secrets = join(env.GALLEY_CONFIG_DIR, 'secrets.json');
    await writeFile(secrets, '{"wp":"password"}');
    await mkdir(join(library, story.id, 'images'), { recursive: true });
    const name = `${'a'.repeat(24)}.png`;
    await symlink(secrets, join(library, story.id, 'images', name));
    expect(await assetFile(env, settings, story.id, name)).toBeUndefined();
    expect(await readFile(secrets, 'utf8')).toContain('password');
    recordFault({ fault: 'copied folder, symlinked image', wordsLost: 0, blockedCalls: 0 });
  });

  it('refuses a CMS profile over plain http except on this computer', () => {
    const base = { id: 'wp-one', kind: 'wordpress', name: 'Site', user: 'ed' } as const;
    const remote = cmsProfileSchema.safeParse({ ...base, url: 'http://news.example.org' });
    expect(remote.success).toBe(false);
    expect(remote.error?.issues[0]?.message).toMatch(/https:\/\/.*unencrypted/);
    expect(cmsProfileSchema.safeParse({ ...base, url: 'http://127.0.0.1:8080' }).success).toBe(
      true,
    );
    expect(cmsProfileSchema.safeParse({ ...base, url: 'http://localhost/wp' }).success).toBe(true);
    expect(
      cmsProfileSchema.safeParse({ ...base, url: 'http://127.0.0.1@evil.example' }).success,
    ).toBe(false);
    expect(cmsProfileSchema.safeParse({ ...base, url: 'https://news.example.org' }).success).toBe(
      true,
    );
  });
});
