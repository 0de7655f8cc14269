import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateXml } from '../../helpers/xml-validate';
import { EXPORT_FORMATS, exportStory } from '../../../shared/export/formats';
import { newStory } from '../../../shared/story';
import type { Story } from '../../../shared/story';

const NASTY = `Tom & Jerry's <b>"quoted"</b> 'apos' ]]> &amp;`;

function nastyStory(): Story {
  return newStory('mx1abc01-deadbeef', new Date('2026-03-01T10:00:00Z'), {
    headline: `Headline ${NASTY}`,
    dek: `Dek ${NASTY}`,
    byline: `By ${NASTY}`,
    dateline: `DATELINE ${NASTY}`,
    slug: 'nasty-story',
    section: `Metro ${NASTY}`,
    tags: [`tag ${NASTY}`],
    status: 'published',
    body: [
      {
        type: 'paragraph',
        children: [
          { text: `Para ${NASTY} ` },
          { text: 'SECRET NOTE', note: true },
          { text: 'end.' },
        ],
      },
      { type: 'heading-one', children: [{ text: `Sub ${NASTY}` }] },
      { type: 'heading-two', children: [{ text: 'Smaller' }] },
      { type: 'blockquote', children: [{ text: 'Quoted words' }] },
      { type: 'pull-quote', children: [{ text: 'Pulled words' }] },
      {
        type: 'paragraph',
        children: [
          { text: 'A ' },
          {
            type: 'link',
            url: 'https://example.org/?a=1&b="2"',
            children: [{ text: `link ${NASTY}` }],
          },
          { text: ' and ' },
          { text: 'bold', bold: true },
          { text: ' ' },
          { text: 'ital', italic: true },
          { text: ' ' },
          { text: 'gone', strikethrough: true },
        ],
      },
      { type: 'paragraph', children: [{ text: 'ONLY A NOTE HERE', note: true }] },
      {
        type: 'bulleted-list',
        children: [
          { type: 'list-item', children: [{ text: `item ${NASTY}` }] },
          { type: 'list-item', children: [{ text: 'two' }] },
        ],
      },
      { type: 'numbered-list', children: [{ type: 'list-item', children: [{ text: 'first' }] }] },
      { type: 'section-break', children: [{ text: '' }] },
      {
        type: 'image',
        src: 'https://example.org/pier.jpg',
        alt: `Alt ${NASTY}`,
        caption: `Caption ${NASTY}`,
        credit: `Credit ${NASTY}`,
        children: [{ text: '' }],
      },
    ],
  });
}

const SCHEMAS = join(__dirname, '..', '..', '..', '..', 'shared', 'schemas');

describe('exporters', () => {
  const story = nastyStory();

  it.each(EXPORT_FORMATS)('%s: notes never appear and output is deterministic', (format) => {
    const out = exportStory(story, format);
    expect(out).not.toContain('SECRET NOTE');
    expect(out).not.toContain('ONLY A NOTE HERE');
    expect(exportStory(story, format)).toBe(out);
    expect(out).toContain('Pulled words');
  });

  it.each(['html', 'nitf', 'newsml'] as const)(
    '%s: every field is escaped, nothing raw gets through',
    (format) => {
      const out = exportStory(story, format);
      expect(out).not.toContain('<b>');
      expect(out).not.toContain('Tom & Jerry');
      expect(out).toContain('Tom &amp; Jerry&apos;s &lt;b&gt;&quot;quoted&quot;&lt;/b&gt;');
      expect(out).not.toContain('style=');
    },
  );

  it('ninjs is valid JSON carrying the text unescaped, images as associations', () => {
    const ninjs = JSON.parse(exportStory(story, 'ninjs'));
    expect(ninjs.headlines[0].value).toBe(`Headline ${NASTY}`);
    expect(ninjs.bodies[0].value).toContain('Tom &amp; Jerry');
    expect(ninjs.associations[0]).toMatchObject({
      type: 'picture',
      uri: 'https://example.org/pier.jpg',
      copyrightholder: `Credit ${NASTY}`,
    });
    expect(ninjs.pubstatus).toBe('usable');
  });

  it('images carry caption and credit in every format', () => {
    for (const format of EXPORT_FORMATS) {
      const out = exportStory(story, format);
      expect(out, format).toMatch(/Caption/);
      expect(out, format).toMatch(/Credit/);
    }
  });

  it('markdown escapes its own syntax and keeps the marks', () => {
    const md = exportStory(story, 'md');
    expect(md).toContain('# Headline Tom & Jerry');
    expect(md).toContain('\\<b\\>');
    expect(md).toContain('**bold**');
    expect(md).toContain('*ital*');
    expect(md).toContain('~~gone~~');
    expect(md).toContain('- item');
    expect(md).toContain('1. first');
  });

  it('NITF and NewsML-G2 are well-formed XML (libxml2 from npm, no system xmllint)', async () => {
    for (const format of ['nitf', 'newsml'] as const) {
      const result = await validateXml(exportStory(story, format));
      expect(result.output).toBe('');
      expect(result.ok).toBe(true);
    }
    expect((await validateXml(exportStory(story, 'html').replace('<!doctype html>', ''))).ok).toBe(
      true,
    );
    // The validator can fail: a broken document is reported.
    expect((await validateXml('<nitf><body></nitf>')).ok).toBe(false);
  });

  // The official IPTC schemas live outside the project (../shared/schemas); without them this
  // test says so and is skipped rather than passing silently.
  const schemas = existsSync(join(SCHEMAS, 'nitf-3-6.xsd'));
  if (!schemas)
    it.skip(`SKIPPED: validates against the IPTC schemas (not found at ${SCHEMAS})`, () =>
      undefined);
  it.runIf(schemas)(
    'validates against the official NITF 3.6 and NewsML-G2 2.35 schemas',
    { timeout: 60_000 },
    async () => {
      const nitf = await validateXml(exportStory(story, 'nitf'), join(SCHEMAS, 'nitf-3-6.xsd'));
      expect(nitf.output).toBe('');
      expect(nitf.ok).toBe(true);
      const newsml = await validateXml(
        exportStory(story, 'newsml'),
        join(SCHEMAS, 'NewsML-G2_2.35-spec-All-Power.xsd'),
      );
      expect(newsml.output).toBe('');
      expect(newsml.ok).toBe(true);
      // An element NITF does not have is caught, so the check is real.
      const broken = exportStory(story, 'nitf').replace('<body.head>', '<body.head><bogus/>');
      expect((await validateXml(broken, join(SCHEMAS, 'nitf-3-6.xsd'))).ok).toBe(false);
    },
  );
});
