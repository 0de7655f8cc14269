import { describe, expect, it } from 'vitest';
import { acceptedBody, resolveBody } from '../../../shared/review/resolve';
import { acceptedStory, listSuggestions, reviewState } from '../../../shared/review/summary';
import { shiftFieldAnchor } from '../../../shared/review/comments';
import { exportStory } from '../../../shared/export/formats';
import { countBody } from '../../../shared/counts';
import { migrateStoryData, newStory, storySchema } from '../../../shared/story';
import type { StoryBlock } from '../../../shared/story';

const T = '2026-11-02T09:30:00.000Z';
const by = (id: string, author: string) => ({ id, author, at: T });

const BODY: StoryBlock[] = [
  {
    type: 'paragraph',
    children: [
      { text: 'FRESNO, Calif. — Crews in the ' },
      { text: 'San Joaquin', del: by('s-1', 'Ben Okafor') },
      { text: 'Central', ins: by('s-1', 'Ben Okafor') },
      { text: ' Valley worked overnight', comments: ['c-1'] },
      { text: ' quickly', del: by('s-2', 'Rosa Diaz') },
      { text: '.' },
    ],
  },
  {
    type: 'heading-one',
    change: { ...by('s-3', 'Rosa Diaz'), kind: 'type', oldType: 'paragraph' },
    children: [{ text: 'Levee', bold: true, fmt: { ...by('s-4', 'Ben Okafor'), old: {} } }],
  },
  {
    type: 'paragraph',
    change: { ...by('s-5', 'Ben Okafor'), kind: 'join' },
    children: [{ text: ' holds' }],
  },
];

describe('review model', () => {
  it('lists open suggestions in story order with author, kind and a description', () => {
    expect(
      listSuggestions(BODY).map(({ id, author, kind, description, block }) => ({
        id,
        author,
        kind,
        description,
        block,
      })),
    ).toEqual([
      {
        id: 's-1',
        author: 'Ben Okafor',
        kind: 'replacement',
        description: 'Replaced “San Joaquin” with “Central”',
        block: 0,
      },
      {
        id: 's-2',
        author: 'Rosa Diaz',
        kind: 'deletion',
        description: 'Deleted “quickly”',
        block: 0,
      },
      { id: 's-3', author: 'Rosa Diaz', kind: 'block', description: 'Made heading', block: 1 },
      { id: 's-4', author: 'Ben Okafor', kind: 'format', description: 'Made bold', block: 1 },
      {
        id: 's-5',
        author: 'Ben Okafor',
        kind: 'block',
        description: 'Joined paragraphs',
        block: 2,
      },
    ]);
  });

  it('the accepted body has no marks, no deleted words, and joins what was joined', () => {
    expect(acceptedBody(BODY)).toEqual([
      {
        type: 'paragraph',
        children: [{ text: 'FRESNO, Calif. — Crews in the Central Valley worked overnight.' }],
      },
      { type: 'heading-one', children: [{ text: 'Levee', bold: true }, { text: ' holds' }] },
    ]);
  });

  it('rejecting everything gives the original back', () => {
    expect(resolveBody(BODY, () => true, 'reject')).toEqual([
      {
        type: 'paragraph',
        children: [
          { text: 'FRESNO, Calif. — Crews in the San Joaquin' },
          { text: ' Valley worked overnight', comments: ['c-1'] },
          { text: ' quickly.' },
        ],
      },
      { type: 'paragraph', children: [{ text: 'Levee' }] },
      { type: 'paragraph', children: [{ text: ' holds' }] },
    ]);
  });

  it('exports, counts and the accepted story read the accepted text only', () => {
    const story = newStory('review-export-1', new Date(T), {
      headline: 'Levee holds',
      body: BODY,
      comments: [
        {
          id: 'c-1',
          author: 'Ana Ruiz',
          at: T,
          text: 'Which crews? Cal Fire or county?',
          anchor: { kind: 'body' },
          quote: ' Valley worked overnight',
          replies: [],
        },
      ],
    });
    expect(storySchema.safeParse(story).success).toBe(true);
    for (const format of ['txt', 'html', 'md', 'nitf', 'newsml', 'ninjs'] as const) {
      const out = exportStory(story, format);
      expect(out, format).toContain('Central Valley worked overnight.');
      expect(out, format).not.toContain('San Joaquin');
      expect(out, format).not.toContain('quickly');
      expect(out, format).not.toContain('Cal Fire or county');
    }
    expect(acceptedStory(story).comments).toBeUndefined();
    expect(countBody(BODY).words).toBe(countBody(acceptedBody(BODY)).words);
    expect(reviewState(story)).toEqual({ suggestions: 5, openComments: 1 });
  });

  it('a suggested picture is one entry; accepting keeps it, rejecting takes it and its paragraph away', () => {
    const body: StoryBlock[] = [
      { type: 'paragraph', children: [{ text: 'The river crested at noon.' }] },
      {
        type: 'image',
        src: 'https://example.com/levee.png',
        alt: 'Sandbags',
        caption: 'Crews worked overnight.',
        credit: '',
        change: { ...by('s-9', 'Ben Okafor'), kind: 'insert' },
        children: [{ text: '' }],
      },
      {
        type: 'paragraph',
        change: { ...by('s-9', 'Ben Okafor'), kind: 'insert' },
        children: [{ text: '' }],
      },
    ];
    expect(listSuggestions(body)).toEqual([
      expect.objectContaining({ id: 's-9', kind: 'block', description: 'Inserted picture' }),
    ]);
    const accepted = acceptedBody(body);
    expect(accepted.map((b) => b.type)).toEqual(['paragraph', 'image', 'paragraph']);
    expect(accepted.some((b) => 'change' in b)).toBe(false);
    const rejected = resolveBody(body, () => true, 'reject');
    expect(rejected.map((b) => b.type)).toEqual(['paragraph']);
    const story = { ...newStory('levee01', new Date(T)), body };
    expect(storySchema.safeParse(story).success).toBe(true);
  });

  it('link suggestions are listed, read as accepted everywhere, and validated', () => {
    const link = (url: string, words: string, linkChange: object) => ({
      type: 'link' as const,
      url,
      linkChange,
      children: [{ text: words }],
    });
    const body = [
      {
        type: 'paragraph',
        children: [
          { text: 'The ' },
          link('https://www.nps.gov/lake', 'park service', {
            ...by('s-5', 'Ben Okafor'),
            kind: 'add',
          }),
          { text: ' and the ' },
          link('https://example.com/old-report', 'report', {
            ...by('s-6', 'Ben Okafor'),
            kind: 'remove',
          }),
          { text: '.' },
        ],
      },
    ] as StoryBlock[];
    expect(listSuggestions(body).map((s) => [s.id, s.kind, s.description])).toEqual([
      ['s-5', 'format', 'Linked “park service” to www.nps.gov'],
      ['s-6', 'format', 'Removed the link from “report”'],
    ]);
    const accepted = acceptedBody(body);
    expect(accepted).toEqual([
      {
        type: 'paragraph',
        children: [
          { text: 'The ' },
          { type: 'link', url: 'https://www.nps.gov/lake', children: [{ text: 'park service' }] },
          { text: ' and the report.' },
        ],
      },
    ]);
    const html = exportStory({ ...newStory('lake01', new Date(T)), body }, 'html');
    expect(html).toContain('href="https://www.nps.gov/lake"');
    expect(html).not.toContain('old-report');
    const story = (oldUrl: string) => ({
      ...newStory('lake01', new Date(T)),
      body: [
        {
          type: 'paragraph',
          children: [
            link('https://example.com/new', 'x', { ...by('s-7', 'Ana'), kind: 'edit', oldUrl }),
          ],
        },
      ],
    });
    expect(storySchema.safeParse(story('https://example.com/was')).success).toBe(true);
    expect(storySchema.safeParse(story('javascript:alert(1)')).success).toBe(false);
  });

  it('a list item made a paragraph goes back into its list when rejected, joining both halves', () => {
    const item = (text: string) => ({ type: 'list-item' as const, children: [{ text }] });
    const body = [
      { type: 'numbered-list', children: [item('Sandbags')] },
      {
        type: 'paragraph',
        change: {
          ...by('s-8', 'Ben Okafor'),
          kind: 'type',
          oldType: 'list-item',
          oldList: 'numbered-list',
        },
        children: [{ text: 'Pumps' }],
      },
      { type: 'numbered-list', children: [item('Generators')] },
      { type: 'numbered-list', children: [item('A list the writer kept apart')] },
    ] as StoryBlock[];
    expect(listSuggestions(body)[0]?.description).toBe('Made paragraph');
    expect(resolveBody(body, () => true, 'reject')).toEqual([
      { type: 'numbered-list', children: [item('Sandbags'), item('Pumps'), item('Generators')] },
      { type: 'numbered-list', children: [item('A list the writer kept apart')] },
    ]);
    expect(acceptedBody(body).map((b) => b.type)).toEqual([
      'numbered-list',
      'paragraph',
      'numbered-list',
      'numbered-list',
    ]);
  });

  it('a format-1 story.json migrates to the current format', () => {
    const old = { ...newStory('old-story-1', new Date(T)), format: 1 };
    expect(storySchema.safeParse(old).success).toBe(false);
    const migrated = storySchema.safeParse(migrateStoryData(old));
    expect(migrated.success).toBe(true);
  });
});

describe('field comment anchors', () => {
  const headline = 'Storm floods Sacramento streets';
  const anchor = { start: 13, end: 23 }; // "Sacramento"

  it('stay on their words when text is typed before or after them', () => {
    expect(shiftFieldAnchor(anchor, headline, `Big ${headline}`)).toEqual({ start: 17, end: 27 });
    expect(shiftFieldAnchor(anchor, headline, `${headline} again`)).toEqual(anchor);
  });

  it('grow when text is typed inside them', () => {
    expect(shiftFieldAnchor(anchor, headline, 'Storm floods Sacramento-area streets')).toEqual({
      start: 13,
      end: 28,
    });
  });

  it('collapse when their words are deleted', () => {
    const after = 'Storm floods  streets';
    const moved = shiftFieldAnchor(anchor, headline, after);
    expect(moved.start).toBe(moved.end);
  });

  it('collapse when a larger span around them is replaced', () => {
    const moved = shiftFieldAnchor(anchor, headline, 'Storm hits');
    expect(moved.start).toBe(moved.end);
  });
});

describe('review in versions', () => {
  it('versions keep comments, and the compare shows suggestions as CriticMarkup', async () => {
    const { serializeContent, parseContent, contentOf } =
      await import('../../../shared/history/serialize');
    const { compareContents: compareVersions } = await import('../../../shared/history/compare');
    const plain = newStory('review-history-1', new Date(T), {
      body: [{ type: 'paragraph', children: [{ text: 'Crews in the San Joaquin Valley.' }] }],
    });
    const reviewed = newStory('review-history-1', new Date(T), {
      body: BODY,
      comments: [
        {
          id: 'c-1',
          author: 'Ana Ruiz',
          at: T,
          text: 'Which crews?',
          anchor: { kind: 'body' },
          quote: ' Valley worked overnight',
          replies: [],
        },
      ],
    });
    // A story without comments serializes exactly as before comments existed.
    expect(serializeContent(contentOf(plain))).not.toContain('#comments');
    const text = serializeContent(contentOf(reviewed));
    expect(parseContent(text).comments).toEqual(reviewed.comments);
    const comparison = compareVersions(contentOf(plain), contentOf(reviewed));
    expect(comparison.meta.find((m) => m.field === 'comments')?.after).toBe(
      'Ana Ruiz on “ Valley worked overnight”: Which crews?',
    );
    const shown = comparison.blocks
      .flatMap((b) => ('parts' in b ? b.parts.map((p) => p.text) : [b.text]))
      .join('');
    expect(shown).toContain('{--San Joaquin--}');
    expect(shown).toContain('{++Central++}');
    expect(shown).toContain('{>>Made heading (Rosa Diaz); Made bold (Ben Okafor)<<}');
  });
});
