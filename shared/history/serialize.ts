import type { Story, StoryBlock, StoryStatus } from '../story';
import { STORY_STATUSES } from '../story';

/** The metadata fields a version records, in the order they are serialized. */
export const VERSION_META_FIELDS = [
  'headline',
  'dek',
  'byline',
  'dateline',
  'slug',
  'section',
  'tags',
  'status',
  'wordBudget',
  'comments',
] as const;

/** One recorded metadata field. */
export type VersionMetaField = (typeof VERSION_META_FIELDS)[number];

/** What a version holds: the story's editable content, without id or timestamps. */
export type VersionContent = Pick<Story, VersionMetaField | 'body'>;

// Keys sorted at every level, so the same content always serializes to the same bytes.
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function canonicalBlock(block: StoryBlock): string {
  return canonicalJson(block);
}

/**
 * Serializes content canonically: one metadata field per line, then one block per line.
 *
 * Line-per-block keeps patches proportional to the edit: a one-word change touches one line.
 * JSON escaping guarantees no line holds a raw newline.
 */
export function serializeContent(content: VersionContent): string {
  const lines: string[] = [];
  for (const field of VERSION_META_FIELDS) {
    // Versions from before comments existed have no line for them, and neither do stories
    // without any: their bytes (and hashes) stay what they were.
    if (field === 'comments' && (content.comments ?? []).length === 0) continue;
    lines.push(`#${field} ${canonicalJson(content[field])}`);
  }
  for (const block of content.body) lines.push(canonicalBlock(block));
  return `${lines.join('\n')}\n`;
}

/** Reverses `serializeContent`; throws on text that was not produced by it. */
export function parseContent(text: string): VersionContent {
  const meta: Record<string, unknown> = {};
  const body: StoryBlock[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    if (line.startsWith('#')) {
      const space = line.indexOf(' ');
      meta[line.slice(1, space)] = JSON.parse(line.slice(space + 1));
    } else {
      body.push(JSON.parse(line) as StoryBlock);
    }
  }
  const status = meta['status'];
  if (typeof status !== 'string' || !(STORY_STATUSES as ReadonlyArray<string>).includes(status))
    throw new Error('version has no valid status');
  return {
    headline: String(meta['headline'] ?? ''),
    dek: String(meta['dek'] ?? ''),
    byline: String(meta['byline'] ?? ''),
    dateline: String(meta['dateline'] ?? ''),
    slug: String(meta['slug'] ?? ''),
    section: String(meta['section'] ?? ''),
    tags: Array.isArray(meta['tags']) ? (meta['tags'] as string[]) : [],
    status: status as StoryStatus,
    wordBudget: Number(meta['wordBudget'] ?? 0),
    ...(Array.isArray(meta['comments'])
      ? { comments: meta['comments'] as NonNullable<Story['comments']> }
      : {}),
    body: body.length > 0 ? body : [{ type: 'paragraph', children: [{ text: '' }] }],
  };
}

/** Picks the versioned part of a story. */
export function contentOf(story: Story): VersionContent {
  const { headline, dek, byline, dateline, slug, section, tags, status, wordBudget, body } = story;
  const content = {
    headline,
    dek,
    byline,
    dateline,
    slug,
    section,
    tags,
    status,
    wordBudget,
    body,
  };
  return story.comments && story.comments.length > 0
    ? { ...content, comments: story.comments }
    : content;
}
