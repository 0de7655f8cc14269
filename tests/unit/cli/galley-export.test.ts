import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newStory } from '../../../shared/story';
import { galley } from '../../helpers/run-galley';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();

describe('galley export', () => {
  it(
    'exports story.json, .md, .txt and .html to stdout or a file; bad usage exits 2',
    { timeout: 120_000 },
    async () => {
      const dir = await tempDir();
      const story = newStory('abc123-story', new Date('2026-01-01T00:00:00Z'), {
        headline: 'Pier & "ferry"',
        body: [
          {
            type: 'paragraph',
            children: [{ text: 'Riders waited. ' }, { text: 'NOTE TO DESK', note: true }],
          },
        ],
      });
      await writeFile(join(dir, 'story.json'), JSON.stringify(story));
      await writeFile(join(dir, 'story.md'), '# Council votes\n\nThe council **approved** it.\n');
      await writeFile(join(dir, 'story.txt'), 'Council votes\n\nThe council approved it.\n');
      await writeFile(
        join(dir, 'story.html'),
        '<h1>Council votes</h1><p>The council <script>x()</script>approved it.</p>',
      );
      const [nitf, md, txt, html, toFile, badFormat, missing, noFile] = await Promise.all([
        galley('export', join(dir, 'story.json'), '--format', 'nitf'),
        galley('export', join(dir, 'story.md'), '--format', 'html'),
        galley('export', join(dir, 'story.txt'), '--format', 'ninjs'),
        galley('export', join(dir, 'story.html'), '--format', 'md'),
        galley('export', join(dir, 'story.json'), '--format', 'txt', '-o', join(dir, 'out.txt')),
        galley('export', join(dir, 'story.json'), '--format', 'pdf'),
        galley('export', join(dir, 'nope.json'), '--format', 'txt'),
        galley('export', '--format', 'txt'),
      ]);
      expect(nitf.code).toBe(0);
      expect(nitf.stdout).toContain('<hl1>Pier &amp; &quot;ferry&quot;</hl1>');
      expect(nitf.stdout).not.toContain('NOTE TO DESK');
      expect(md.stdout).toContain('<h1>Council votes</h1>');
      expect(md.stdout).toContain('<strong>approved</strong>');
      expect(JSON.parse(txt.stdout).headlines[0].value).toBe('Council votes');
      expect(html.stdout).toBe('# Council votes\n\nThe council approved it.\n');
      expect(toFile).toMatchObject({ code: 0, stdout: '' });
      expect(await readFile(join(dir, 'out.txt'), 'utf8')).toBe(
        'Pier & "ferry"\n\nRiders waited.\n',
      );
      expect(badFormat.code).toBe(2);
      expect(badFormat.stderr).toContain('--format must be one of');
      expect(missing.code).toBe(2);
      expect(noFile.code).toBe(2);
    },
  );
});

describe('galley check and export on a reviewed story', () => {
  it(
    'read the accepted text: suggested deletions are neither checked nor exported',
    { timeout: 120_000 },
    async () => {
      const dir = await tempDir();
      const at = '2026-01-02T00:00:00.000Z';
      const story = newStory('review-cli-1', new Date(at), {
        headline: 'Levee holds near Stockton',
        body: [
          {
            type: 'paragraph',
            children: [
              { text: 'STOCKTON, Calif. — Crews from ' },
              { text: 'Sacremento', del: { id: 's-1', author: 'Ben Okafor', at } },
              { text: 'Sacramento', ins: { id: 's-1', author: 'Ben Okafor', at } },
              { text: ' County held the levee.', comments: ['c-1'] },
            ],
          },
        ],
        comments: [
          {
            id: 'c-1',
            author: 'Ben Okafor',
            at,
            text: 'SECRET DESK REMARK',
            anchor: { kind: 'body' },
            quote: ' County held the levee.',
            replies: [],
          },
        ],
      });
      // An older story.json (format 1) opens too: the format is migrated on read.
      await writeFile(join(dir, 'story.json'), JSON.stringify({ ...story, format: 1 }));
      const [check, txt] = await Promise.all([
        galley('check', join(dir, 'story.json')),
        galley('export', join(dir, 'story.json'), '--format', 'txt'),
      ]);
      expect(check.stdout).not.toContain('Sacremento');
      expect(check.code).toBe(0);
      expect(txt.code).toBe(0);
      expect(txt.stdout).toContain('Crews from Sacramento County held the levee.');
      expect(txt.stdout).not.toMatch(/Sacremento|SECRET DESK REMARK/);
    },
  );
});
