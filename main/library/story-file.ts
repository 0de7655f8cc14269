import { readFile } from 'node:fs/promises';
import { GalleyError } from '../../shared/api';
import { migrateStoryData, STORY_FORMAT, storySchema } from '../../shared/story';
import type { Story } from '../../shared/story';
import { writeFileDurable } from '../durable-write';
import { isMissing } from '../fs-errors';

/** The result of reading one story.json: the story, or why it cannot be opened. */
export type StoryRead =
  | { readonly kind: 'ok'; readonly story: Story }
  | { readonly kind: 'damaged'; readonly reason: string }
  | { readonly kind: 'unreadable'; readonly reason: string; readonly cause: unknown }
  | { readonly kind: 'missing' };

/**
 * Reads and validates a story.json without ever modifying it.
 *
 * Damage is reported, not repaired: a file Galley cannot understand might be the only copy of
 * someone's work, so the decision to discard it belongs to a person.
 */
export async function readStoryFile(path: string): Promise<StoryRead> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (isMissing(error)) return { kind: 'missing' };
    // An I/O failure says nothing about the file's content, so it is kept apart from damage.
    return {
      kind: 'unreadable',
      reason: `story.json cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      cause: error,
    };
  }
  return parseStoryText(text);
}

/** Parses story.json text, distinguishing corruption from a newer format. */
export function parseStoryText(text: string): StoryRead {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    if (text.trim() === '') return { kind: 'damaged', reason: 'story.json is empty' };
    return {
      kind: 'damaged',
      reason: 'story.json is not valid JSON (the file is corrupt or was cut short)',
    };
  }
  const format = (data as { format?: unknown } | null)?.format;
  if (typeof format === 'number' && format > STORY_FORMAT) {
    return {
      kind: 'damaged',
      reason: `story.json was written by a newer version of Galley (format ${format}; this version reads format ${STORY_FORMAT}). Update Galley to open it.`,
    };
  }
  const parsed = storySchema.safeParse(migrateStoryData(data));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue && issue.path.length > 0 ? issue.path.join('.') : 'the file';
    return {
      kind: 'damaged',
      reason: `story.json does not match the story format: ${field}: ${issue?.message ?? 'invalid'}`,
    };
  }
  return { kind: 'ok', story: parsed.data as Story };
}

/**
 * Writes a story durably (see `writeFileDurable`), after checking it against the schema.
 *
 * A kill at any instant leaves either the previous file or the new one, never a mix; a story
 * the schema rejects is never written, so no write path can leave a file Galley cannot open.
 */
export async function writeStoryFile(path: string, story: Story): Promise<void> {
  const checked = storySchema.safeParse(story);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const field = issue && issue.path.length > 0 ? issue.path.join('.') : 'the story';
    throw new GalleyError(
      'bad-request',
      `Galley did not save this story because part of it is not valid (${field}: ${issue?.message ?? 'invalid'}). Nothing on disk was changed.`,
    );
  }
  await writeFileDurable(path, `${JSON.stringify(story, null, 2)}\n`);
}
