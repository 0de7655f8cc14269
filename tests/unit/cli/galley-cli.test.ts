import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newStory } from '../../../shared/story';
import { galley } from '../../helpers/run-galley';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();

describe('galley check', () => {
  it(
    'checks .txt, .md, .html and story.json; exit codes and JSON offsets are right',
    { timeout: 120_000 },
    async () => {
      const dir = await tempDir();
      const txt = 'Ferry news\n\nRiders in Oaklan waited. It was the the end.\n';
      await writeFile(join(dir, 'story.txt'), txt);
      await writeFile(join(dir, 'clean.txt'), 'The council met on Tuesday in Oakland.\n');
      await writeFile(
        join(dir, 'story.md'),
        '# Ferry news\n\nRiders in [Oaklan](https://example.org/oaklnd) waited.\n',
      );
      await writeFile(
        join(dir, 'story.html'),
        '<html><head><style>p{}</style></head><body><p>Riders&nbsp;in <b>Oaklan</b> waited.</p><script>var zzqx=1</script></body></html>',
      );
      const story = newStory('abc123-story', new Date('2026-01-01T00:00:00Z'), {
        headline: 'Ferry news',
        body: [{ type: 'paragraph', children: [{ text: 'Riders in Oaklan waited.' }] }],
      });
      await writeFile(join(dir, 'story.json'), JSON.stringify(story));

      const [text, json, clean, md, html, storyJson, usage, missing, wrongType] = await Promise.all(
        [
          galley('check', join(dir, 'story.txt')),
          galley('check', join(dir, 'story.txt'), '--json'),
          galley('check', join(dir, 'clean.txt')),
          galley('check', join(dir, 'story.md')),
          galley('check', join(dir, 'story.html'), '--json'),
          galley('check', join(dir, 'story.json')),
          galley('check'),
          galley('check', join(dir, 'nope.txt')),
          galley('check', join(dir, 'story.json'), '--frobnicate'),
        ],
      );

      expect(text.code).toBe(1);
      expect(text.stdout).toContain(
        `${join(dir, 'story.txt')}:3:11 name: Check the name: did you mean “Oakland”? (Oakland`,
      );
      expect(text.stdout).toMatch(/:3:33 repeat: “the” is repeated\. \(the\)/);

      expect(json.code).toBe(1);
      const findings = JSON.parse(json.stdout) as Array<{
        start: number;
        end: number;
        text: string;
        kind: string;
        message: string;
        suggestions: string[];
      }>;
      for (const f of findings) {
        expect(Object.keys(f).sort()).toEqual([
          'end',
          'kind',
          'message',
          'start',
          'suggestions',
          'text',
        ]);
        expect(txt.slice(f.start, f.end)).toBe(f.text);
      }
      expect(findings.map((f) => f.kind)).toEqual(['name', 'repeat']);

      expect(clean).toMatchObject({ code: 0, stdout: '' });
      expect(md.code).toBe(1);
      expect(md.stdout).toContain(':3:12 name:');
      expect(md.stdout).not.toContain('oaklnd');
      expect(html.code).toBe(1);
      const htmlFindings = JSON.parse(html.stdout) as Array<{ text: string }>;
      expect(htmlFindings.map((f) => f.text)).toEqual(['Oaklan']);
      expect(storyJson.code).toBe(1);
      expect(storyJson.stdout).toContain('story.json:body.1:11 name:');
      expect(usage.code).toBe(2);
      expect(missing).toMatchObject({ code: 2 });
      expect(missing.stderr).toContain('cannot read');
      expect(wrongType.code).toBe(2);
    },
  );
});

describe('galley check on a scraped wire story', () => {
  it(
    'reports the compound place typo with the place first, and each boilerplate line',
    { timeout: 120_000 },
    async () => {
      const dir = await tempDir();
      const scrape = [
        'Win $500-Register Today',
        '',
        'Transit workers in Northern California vote to authorize a strike',
        '',
        'SAN JOSE, Calif. — More than 1,200 drivers and mechanics voted Sunday to authorize a walkout against the Sunnyvale-based contractor that runs the region’s buses.',
        '',
        'The union is negotiating with the Oaklan-based transit agency over pay and staffing.',
        '',
        'ALL Headlines',
      ].join('\n');
      await writeFile(join(dir, 'wire.txt'), scrape);
      const result = await galley('check', join(dir, 'wire.txt'), '--json');
      expect(result.code).toBe(1);
      const findings = JSON.parse(result.stdout) as Array<{
        kind: string;
        text: string;
        suggestions: string[];
      }>;
      const place = findings.find((f) => f.text === 'Oaklan');
      expect(place?.suggestions[0]).toBe('Oakland');
      expect(findings.filter((f) => f.kind === 'boilerplate').map((f) => f.text)).toEqual([
        'Win $500-Register Today',
        'ALL Headlines',
      ]);
      // Nothing else is flagged in this clean copy.
      expect(findings.filter((f) => f.kind !== 'boilerplate' && f.text !== 'Oaklan')).toEqual([]);
    },
  );
});
