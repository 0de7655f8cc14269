import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GalleyError } from '../../shared/api';
import type { LibraryListing } from '../../shared/api';
import { slugify } from '../../shared/slug';
import { newStory, storyIdSchema, summarize } from '../../shared/story';
import type { DamagedStory, Story, StorySummary } from '../../shared/story';
import { countBodyWords } from '../../shared/word-count';
import { describeWriteError, isMissing } from '../fs-errors';
import { importStoryText } from './import-story';
import { readStoryFile, writeStoryFile } from './story-file';

const STORY_FILE = 'story.json';
const TRASH = '.trash';
const MARKER = '.galley-library.json';

/** Options that tests and hosts can set. */
export interface StoryLibraryOptions {
  /** Story to create the first time an empty library is opened. */
  readonly sample?: () => Omit<Story, 'id' | 'createdAt' | 'updatedAt' | 'format'>;
  readonly now?: () => Date;
  /** Called after a story is first written (created, imported, seeded), before resolving. */
  readonly onCreated?: (story: Story, how: 'created' | 'import') => Promise<void>;
  /** Called after every save with what was on disk before; version history hooks in here. */
  readonly onSaved?: (before: Story | undefined, after: Story) => Promise<void>;
}

/** Makes a sortable, unguessable story id such as `mfz3k2a1-4f9c2b`. */
export function makeStoryId(now: Date): string {
  return `${now.getTime().toString(36)}-${randomBytes(4).toString('hex')}`;
}

/**
 * The story library: one folder per story under a root folder.
 *
 * Folder names are story ids, never headlines, so renaming a story never moves files and a
 * headline can never become a path. Deleting moves the folder to `.trash` inside the library.
 */
export class StoryLibrary {
  private readonly now: () => Date;
  private readonly queues = new Map<string, Promise<unknown>>();
  private ready: Promise<void> | undefined;

  public constructor(
    public readonly root: string,
    private readonly options: StoryLibraryOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
  }

  /** Creates the library on first use and seeds the sample story into a brand-new one. */
  public init(): Promise<void> {
    this.ready ??= this.initOnce().catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  private async initOnce(): Promise<void> {
    try {
      await mkdir(this.root, { recursive: true });
    } catch (error) {
      throw describeWriteError(error, this.root);
    }
    const markerPath = join(this.root, MARKER);
    let fresh = false;
    try {
      await stat(markerPath);
    } catch (error) {
      if (!isMissing(error)) throw error;
      fresh = true;
    }
    if (!fresh) return;
    const sample = this.options.sample;
    const existing = await this.storyIds();
    if (sample && existing.length === 0) {
      const now = this.now();
      const id = makeStoryId(now);
      const story = newStory(id, now, sample());
      await this.write(story);
      await this.options.onCreated?.(story, 'created');
    }
    await writeFile(markerPath, `${JSON.stringify({ createdAt: this.now().toISOString() })}\n`);
  }

  /** Lists every story, newest first, and every folder that could not be read. */
  public async list(): Promise<LibraryListing> {
    await this.init();
    const stories: StorySummary[] = [];
    const damaged: DamagedStory[] = [];
    for (const id of await this.storyIds()) {
      const read = await readStoryFile(this.storyPath(id));
      if (read.kind === 'ok') stories.push(summarize(read.story, countBodyWords(read.story.body)));
      else if (read.kind === 'damaged' || read.kind === 'unreadable')
        damaged.push({ id, reason: read.reason });
      else damaged.push({ id, reason: 'The story folder has no story.json' });
    }
    stories.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return { root: this.root, stories, damaged };
  }

  /** Creates and saves a new, empty story. */
  public async create(fields: Partial<Pick<Story, 'headline' | 'byline'>> = {}): Promise<Story> {
    await this.init();
    const now = this.now();
    const headline = fields.headline ?? '';
    const story = newStory(makeStoryId(now), now, { ...fields, headline, slug: slugify(headline) });
    await this.write(story);
    await this.options.onCreated?.(story, 'created');
    return story;
  }

  /** Opens a story; a damaged one is refused with the reason. */
  public async open(id: string): Promise<Story> {
    await this.init();
    const read = await readStoryFile(this.storyPath(checkId(id)));
    if (read.kind === 'ok') return read.story;
    if (read.kind === 'missing')
      throw new GalleyError(
        'not-found',
        'That story is no longer in the library. It may have been moved to the trash.',
      );
    if (read.kind === 'unreadable') throw describeWriteError(read.cause, this.root);
    throw new GalleyError('damaged', `This story cannot be opened: ${read.reason}.`);
  }

  /**
   * Saves a story, stamping its update time.
   *
   * Refuses to replace a story.json it cannot read, so a damaged or newer-format file is never
   * overwritten by an older or confused client.
   */
  public async save(story: Story): Promise<Story> {
    await this.init();
    checkId(story.id);
    return this.serialize(story.id, async () => {
      const current = await readStoryFile(this.storyPath(story.id));
      if (current.kind === 'damaged') {
        throw new GalleyError(
          'damaged',
          `Galley will not overwrite a story file it cannot read: ${current.reason}.`,
        );
      }
      if (current.kind === 'unreadable' && !isMissingFolder(current.cause))
        throw describeWriteError(current.cause, this.root);
      const saved: Story = { ...story, updatedAt: this.now().toISOString() };
      await this.write(saved);
      await this.options.onSaved?.(current.kind === 'ok' ? current.story : undefined, saved);
      return saved;
    });
  }

  /** Writes a story restored from history without running the save hooks (history records it). */
  public async writeRestored(story: Story): Promise<Story> {
    await this.init();
    return this.serialize(story.id, async () => {
      const saved: Story = { ...story, updatedAt: this.now().toISOString() };
      await this.write(saved);
      return saved;
    });
  }

  /** Changes a story's headline and slug (derived from the headline unless given). */
  public async rename(id: string, headline: string, slug?: string): Promise<Story> {
    const story = await this.open(id);
    const clean = headline.trim();
    if (clean === '') throw new GalleyError('bad-request', 'A story needs a headline.');
    return this.save({ ...story, headline: clean, slug: slugify(slug ?? clean) });
  }

  /** Moves a story's folder into the library's trash. */
  public async trash(id: string): Promise<{ trashed: string }> {
    await this.init();
    checkId(id);
    return this.serialize(id, async () => {
      const trashRoot = join(this.root, TRASH);
      try {
        await mkdir(trashRoot, { recursive: true });
        await rename(this.storyDir(id), join(trashRoot, id));
      } catch (error) {
        if (isMissing(error))
          throw new GalleyError('not-found', 'That story is no longer in the library.');
        throw describeWriteError(error, this.root);
      }
      return { trashed: id };
    });
  }

  /** Lists stories in the trash, most recently changed first. */
  public async listTrash(): Promise<StorySummary[]> {
    await this.init();
    const result: StorySummary[] = [];
    for (const id of await this.folderIds(join(this.root, TRASH))) {
      const read = await readStoryFile(join(this.root, TRASH, id, STORY_FILE));
      if (read.kind === 'ok') result.push(summarize(read.story, countBodyWords(read.story.body)));
    }
    return result.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /** Moves a story back from the trash. */
  public async restore(id: string): Promise<StorySummary> {
    await this.init();
    checkId(id);
    const target = this.storyDir(id);
    if (!(await exists(join(this.root, TRASH, id))))
      throw new GalleyError('not-found', 'That story is not in the trash.');
    if (await exists(target))
      throw new GalleyError('bad-request', 'A story with the same id is already in the library.');
    try {
      await rename(join(this.root, TRASH, id), target);
    } catch (error) {
      if (isMissing(error)) throw new GalleyError('not-found', 'That story is not in the trash.');
      throw describeWriteError(error, this.root);
    }
    const story = await this.open(id);
    return summarize(story, countBodyWords(story.body));
  }

  /** Imports a .txt, .md or .html file as a new story. */
  public async import(fileName: string, text: string): Promise<Story> {
    await this.init();
    const imported = importStoryText(fileName, text);
    const now = this.now();
    const story = newStory(makeStoryId(now), now, {
      headline: imported.headline,
      slug: slugify(imported.headline),
      dek: imported.dek,
      body: imported.body,
    });
    await this.write(story);
    await this.options.onCreated?.(story, 'import');
    return story;
  }

  private async write(story: Story): Promise<void> {
    const dir = this.storyDir(story.id);
    try {
      await mkdir(dir, { recursive: true });
      await writeStoryFile(join(dir, STORY_FILE), story);
    } catch (error) {
      throw describeWriteError(error, this.root);
    }
  }

  // Saves of one story run one after another, so an older save can never land last.
  private serialize<T>(id: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(id) ?? Promise.resolve();
    const next = previous.then(task, task);
    const settled = next.catch(() => undefined);
    this.queues.set(id, settled);
    void settled.then(() => {
      if (this.queues.get(id) === settled) this.queues.delete(id);
    });
    return next;
  }

  /** The folder of a story; the version history lives beside story.json. */
  public storyDir(id: string): string {
    return join(this.root, id);
  }

  private storyPath(id: string): string {
    return join(this.root, id, STORY_FILE);
  }

  private storyIds(): Promise<string[]> {
    return this.folderIds(this.root);
  }

  private async folderIds(dir: string): Promise<string[]> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
    return entries
      .filter((entry) => entry.isDirectory() && storyIdSchema.safeParse(entry.name).success)
      .map((entry) => entry.name);
  }
}

// A story folder that vanished or was replaced is recreated by the write (or the write
// explains why it cannot be).
function isMissingFolder(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOTDIR' || code === 'ENOENT';
}

function checkId(id: string): string {
  if (!storyIdSchema.safeParse(id).success)
    throw new GalleyError('bad-request', 'That is not a valid story id.');
  return id;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}
