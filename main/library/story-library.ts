import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { GalleyError } from '../../shared/api';
import type { LibraryListing } from '../../shared/api';
import { slugify } from '../../shared/slug';
import { newStory, storyIdSchema, summarize } from '../../shared/story';
import type { DamagedStory, Story, StorySummary } from '../../shared/story';
import { countBodyWords } from '../../shared/word-count';
import { describeWriteError, exists, isMissing, isMissingFolder } from '../fs-errors';
import { writeFileDurable } from '../durable-write';
import { importStoryText } from './import-story';
import { shareLibraryLock } from './library-lock';
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
  private release: (() => Promise<void>) | undefined;
  /** Why this library cannot be written here, when another host holds it. */
  private readOnlyReason: string | undefined;

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
    await this.takeLock();
    const markerPath = join(this.root, MARKER);
    let fresh = false;
    try {
      await stat(markerPath);
    } catch (error) {
      if (!isMissing(error)) throw error;
      fresh = true;
    }
    if (!fresh || this.readOnlyReason) return;
    const sample = this.options.sample;
    const existing = await this.storyIds();
    if (sample && existing.length === 0) {
      const now = this.now();
      const id = makeStoryId(now);
      const story = newStory(id, now, sample());
      await this.write(story);
      await this.options.onCreated?.(story, 'created');
    }
    await writeFileDurable(
      markerPath,
      `${JSON.stringify({ createdAt: this.now().toISOString() })}\n`,
    );
  }

  // One host writes a library at a time (see shareLibraryLock).
  private async takeLock(): Promise<void> {
    const taken = await shareLibraryLock(this.root, (reason) => {
      this.readOnlyReason = reason;
    });
    if ('readOnly' in taken) this.readOnlyReason = taken.readOnly;
    else this.release = taken.release;
  }

  /** Releases the write lock (switching libraries, quitting). */
  public async close(): Promise<void> {
    const release = this.release;
    this.release = undefined;
    // A closed library still reads, but never writes (nor takes the lock again).
    this.readOnlyReason ??= 'This library was closed in this window; reopen it to make changes.';
    await release?.();
  }

  /** Why this library is read-only here, or undefined when this host may write it. */
  public async readOnly(): Promise<string | undefined> {
    await this.init();
    return this.readOnlyReason;
  }

  /** Throws the read-only reason when another host holds the library. */
  public async assertWritable(): Promise<void> {
    await this.init();
    this.checkWritable();
  }

  /**
   * The same check without waiting for `init`, for hooks that run inside it (the first
   * version of the sample story is recorded while the library is being set up).
   */
  public checkWritable(): void {
    if (this.readOnlyReason) throw new GalleyError('read-only', this.readOnlyReason);
  }

  /** Lists every story, newest first, and every folder that could not be read. */
  public async list(): Promise<LibraryListing> {
    await this.init();
    const stories: StorySummary[] = [];
    const damaged: DamagedStory[] = [];
    for (const id of await this.storyIds()) {
      const read = await readStoryFile(this.storyPath(id));
      if (read.kind === 'ok' && read.story.id !== id) {
        // A folder copied by hand keeps the original's id inside; editing it would write to
        // the original, so it is offered as a copy to import instead.
        damaged.push({
          id,
          reason: `This folder is a copy of the story “${read.story.headline || read.story.id}” made outside Galley. Import its story.json to keep it as a new story.`,
        });
      } else if (read.kind === 'ok')
        stories.push(summarize(read.story, countBodyWords(read.story.body)));
      else if (read.kind === 'damaged' || read.kind === 'unreadable')
        damaged.push({ id, reason: read.reason });
      else damaged.push({ id, reason: 'The story folder has no story.json' });
    }
    stories.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return {
      root: this.root,
      stories,
      damaged,
      ...(this.readOnlyReason ? { readOnly: this.readOnlyReason } : {}),
    };
  }

  /** Creates and saves a new, empty story. */
  public async create(fields: Partial<Pick<Story, 'headline' | 'byline'>> = {}): Promise<Story> {
    await this.assertWritable();
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
    if (read.kind === 'ok' && read.story.id !== id)
      throw new GalleyError(
        'damaged',
        'This folder is a copy of another story made outside Galley; import its story.json to keep it as a new story.',
      );
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
   * overwritten by an older or confused client. `base` is the revision (update time) the
   * caller's copy was based on, defaulting to the story's own `updatedAt`: when the file on
   * disk has moved on since, someone else saved in between and the save is a `conflict`.
   */
  public async save(story: Story, base: string = story.updatedAt): Promise<Story> {
    await this.assertWritable();
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
      if (current.kind === 'ok' && current.story.updatedAt !== base)
        throw new GalleyError(
          'conflict',
          'This story was changed in another window since you opened it, so this save was not made. Load the newer text (yours is kept as a version) or keep yours (theirs is kept as a version).',
        );
      const saved: Story = {
        ...story,
        updatedAt: nextRevision(this.now(), current.kind === 'ok' ? current.story : undefined),
      };
      await this.write(saved);
      await this.options.onSaved?.(current.kind === 'ok' ? current.story : undefined, saved);
      return saved;
    });
  }

  /** Writes a story restored from history without running the save hooks (history records it). */
  public async writeRestored(story: Story): Promise<Story> {
    await this.assertWritable();
    return this.serialize(story.id, async () => {
      const current = await readStoryFile(this.storyPath(story.id));
      const saved: Story = {
        ...story,
        updatedAt: nextRevision(this.now(), current.kind === 'ok' ? current.story : undefined),
      };
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
    await this.assertWritable();
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
    await this.assertWritable();
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
    const imported = importStoryText(fileName, text);
    return this.createFrom(
      {
        headline: imported.headline,
        slug: slugify(imported.headline),
        dek: imported.dek,
        body: imported.body,
        ...(imported.dateline ? { dateline: imported.dateline } : {}),
        ...(imported.byline ? { byline: imported.byline } : {}),
      },
      'import',
    );
  }

  /** Writes a new story made from imported fields (a file, a CMS post). */
  public async createFrom(fields: Partial<Story>, how: 'import'): Promise<Story> {
    await this.assertWritable();
    const now = this.now();
    const story = newStory(makeStoryId(now), now, {
      ...fields,
      slug: fields.slug || slugify(fields.headline ?? ''),
    });
    await this.write(story);
    await this.options.onCreated?.(story, how);
    return story;
  }

  private async write(story: Story): Promise<void> {
    const dir = this.storyDir(story.id);
    try {
      await mkdir(dir, { recursive: true });
      await writeStoryFile(join(dir, STORY_FILE), story);
    } catch (error) {
      if (error instanceof GalleyError) throw error;
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
    // Dirent.isDirectory() is false for a symlink, so a link planted in the library is never
    // listed, opened or written through.
    return entries
      .filter((entry) => entry.isDirectory() && storyIdSchema.safeParse(entry.name).success)
      .map((entry) => entry.name);
  }
}

/** A revision stamp later than both the clock and the file's last one, so two saves in the
 *  same millisecond (or a clock set back) still get distinct, increasing revisions. */
function nextRevision(now: Date, current: Story | undefined): string {
  const last = current ? Date.parse(current.updatedAt) : Number.NaN;
  const time = Number.isNaN(last) ? now.getTime() : Math.max(now.getTime(), last + 1);
  return new Date(time).toISOString();
}

function checkId(id: string): string {
  if (!storyIdSchema.safeParse(id).success)
    throw new GalleyError('bad-request', 'That is not a valid story id.');
  return id;
}
