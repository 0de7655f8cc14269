import { GalleyError } from '../../shared/api';
import { checkpointDue } from '../../shared/history/checkpoint';
import { estimateWordChanges } from '../../shared/history/compare';
import { compareInline } from './compare-runner';
import type { CompareRunner } from './compare-runner';
import type { StoryComparison } from '../../shared/history/compare';
import type { HistoryListing, VersionSummary } from '../../shared/history/summary';
import { contentOf, serializeContent } from '../../shared/history/serialize';
import { sha256 } from '../../shared/history/sha256';
import type { NewVersion, VersionEntry, VersionEvent } from '../../shared/history/version-log';
import type { Story } from '../../shared/story';
import type { StoryLibrary } from '../library/story-library';
import { HistoryStore } from './history-store';

/**
 * Version history on top of the story library: when versions are made, and the operations
 * of the History panel (list, name, compare, restore).
 */
export class VersionService {
  private readonly store: HistoryStore;
  private library: StoryLibrary | undefined;

  public constructor(
    private readonly author: () => string,
    private readonly now: () => Date = () => new Date(),
    private readonly runCompare: CompareRunner = compareInline,
  ) {
    this.store = new HistoryStore((id) => {
      if (!this.library) throw new Error('VersionService used before attach()');
      return this.library.storyDir(id);
    });
  }

  /** Connects to the library whose hooks call this service. */
  public attach(library: StoryLibrary): void {
    this.library = library;
  }

  /** Library hook: the first version of a new or imported story. */
  public readonly onCreated = async (story: Story, how: 'created' | 'import'): Promise<void> => {
    await this.record(story, how === 'import' ? 'import' : 'created');
  };

  /** Library hook: a status change is always a version; otherwise checkpoints when due. */
  public readonly onSaved = async (before: Story | undefined, after: Story): Promise<void> => {
    const { index } = await this.store.load(after.id);
    const last = index.last;
    if (before && before.status !== after.status) {
      await this.record(
        after,
        'status',
        undefined,
        `Status changed from ${before.status} to ${after.status}`,
      );
      return;
    }
    const text = serializeContent(contentOf(after));
    const contentChanged = last?.hash !== sha256(text);
    if (!contentChanged) return;
    const lastContent = last ? index.content(last.id) : undefined;
    const lastText = last ? index.text(last.id) : undefined;
    const changes = lastContent
      ? estimateWordChanges(
          lastContent,
          contentOf(after),
          lastText !== undefined ? { a: lastText, b: text } : undefined,
        )
      : undefined;
    if (
      checkpointDue({
        lastVersionTime: last?.time,
        now: this.now(),
        changedWords: changes ? changes.wordsAdded + changes.wordsRemoved : Infinity,
        contentChanged,
      })
    ) {
      await this.record(after, 'checkpoint', undefined, undefined, { changes, text });
    }
  };

  /** Records a version of the story as it is now. */
  public async record(
    story: Story,
    event: VersionEvent,
    name?: string,
    detail?: string,
    known?: Pick<NewVersion, 'changes' | 'text'>,
  ): Promise<VersionSummary> {
    this.requireLibrary().checkWritable();
    const entry = await this.store.append(story.id, contentOf(story), {
      now: this.now(),
      author: this.author(),
      event,
      ...known,
      ...(name ? { name } : {}),
      ...(detail ? { detail } : {}),
    });
    return this.summarize(entry, entry.name);
  }

  /** Versions newest first, with problems found in the log in plain words. */
  public async list(storyId: string): Promise<HistoryListing> {
    const { index, problems } = await this.store.load(storyId);
    const versions = [...index.versions]
      .reverse()
      .map((entry) => this.summarize(entry, index.nameOf(entry.id)));
    return { versions, problems: problems.map((problem) => problem.message) };
  }

  /** Names or renames a version. */
  public async name(storyId: string, versionId: string, name: string): Promise<void> {
    await this.requireLibrary().assertWritable();
    await this.store.label(storyId, versionId, name.trim(), this.author(), this.now());
  }

  /** Compares two versions, or one version against the story as it is now. */
  public async compare(
    storyId: string,
    from: string,
    to: string | 'current',
  ): Promise<StoryComparison> {
    const a = await this.store.content(storyId, from);
    if (to === 'current')
      return this.runCompare(a, contentOf(await this.requireLibrary().open(storyId)));
    const b = await this.store.content(storyId, to);
    const textA = await this.store.text(storyId, from);
    const textB = await this.store.text(storyId, to);
    return this.runCompare(
      a,
      b,
      textA !== undefined && textB !== undefined ? { a: textA, b: textB } : undefined,
    );
  }

  /**
   * Restores a version: the current text is kept as a version first (if it is not one
   * already), then the old text becomes the story and a new version records the restore.
   */
  public async restore(storyId: string, versionId: string): Promise<Story> {
    const library = this.requireLibrary();
    await library.assertWritable();
    const content = await this.store.content(storyId, versionId);
    const current = await library.open(storyId);
    const lastHash = await this.store.lastHash(storyId);
    if (lastHash !== sha256(serializeContent(contentOf(current))))
      await this.record(current, 'before-restore', undefined, 'The text before a restore');
    const { index } = await this.store.load(storyId);
    const source = index.versions.find((v) => v.id === versionId);
    let restored: Story;
    try {
      restored = await library.writeRestored({ ...current, ...content });
    } catch (error) {
      // A forged or damaged history line must not become the story: it is checked like any
      // other write and refused with the reason.
      if (error instanceof GalleyError && error.code === 'bad-request')
        throw new GalleyError(
          'damaged',
          `This version cannot be restored: ${error.message.replace(/^Galley did not save this story because /, '')}`,
        );
      throw error;
    }
    await this.record(
      restored,
      'restored',
      undefined,
      `Restored the version of ${source?.time ?? versionId}`,
    );
    return restored;
  }

  private requireLibrary(): StoryLibrary {
    if (!this.library) throw new GalleyError('internal', 'History is not connected to a library.');
    return this.library;
  }

  private summarize(entry: VersionEntry, name: string | undefined): VersionSummary {
    return {
      id: entry.id,
      time: entry.time,
      author: entry.author,
      name: name ?? '',
      event: entry.event,
      detail: entry.detail ?? '',
      wordsAdded: entry.wordsAdded,
      wordsRemoved: entry.wordsRemoved,
    };
  }
}
