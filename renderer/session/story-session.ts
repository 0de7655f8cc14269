import type { GalleyApi, LibraryListing } from '../../shared/api';
import type { Story, StorySummary } from '../../shared/story';
import { summarize } from '../../shared/story';
import { countBodyWords } from '../../shared/word-count';
import { Autosaver } from '../autosave';
import type { SaveState } from '../autosave';
import type { SidePanel } from '../components/side-panel';
import { detailsRemembered, rememberDetails } from '../components/side-panel';

/**
 * The one dialog open over the window, if any (like GitHub Desktop's popup model: a union,
 * so two dialogs can never be open at once and every view reads the same answer).
 */
export type Popup =
  | { readonly kind: 'settings' }
  | { readonly kind: 'open-from-cms' }
  | { readonly kind: 'rename' }
  | { readonly kind: 'palette' }
  | { readonly kind: 'shortcuts' }
  | { readonly kind: 'about' }
  | { readonly kind: 'export' }
  | { readonly kind: 'publish' }
  | { readonly kind: 'correction' };

/** A message over the workspace; a trash notice can be undone. */
export interface Notice {
  readonly kind: 'error' | 'info';
  readonly text: string;
  readonly undoTrashId?: string;
}

/**
 * One opening of a story: its text as opened and the autosaver that owns its saves. Restoring a
 * version, renaming or taking the CMS's text opens the story again (a new `generation`), so the
 * editor starts from that text.
 */
export interface OpenStory {
  readonly story: Story;
  readonly autosaver: Autosaver;
  readonly generation: number;
  /** A story just created wants its headline typed first. */
  readonly focusHeadline: boolean;
}

/** Everything the window shows that is not the text being edited. */
export interface SessionState {
  readonly listing: LibraryListing;
  readonly trash: ReadonlyArray<StorySummary>;
  readonly loaded: boolean;
  readonly open: OpenStory | undefined;
  readonly saveState: SaveState;
  readonly popup: Popup | undefined;
  readonly panel: SidePanel | undefined;
  readonly notice: Notice | undefined;
  /** Counts versions saved in this session, so an open History panel lists the new one. */
  readonly versionsSaved: number;
}

const EMPTY_LISTING: LibraryListing = { root: '', stories: [], damaged: [] };

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function upsert(stories: ReadonlyArray<StorySummary>, summary: StorySummary): StorySummary[] {
  const rest = stories.filter((item) => item.id !== summary.id);
  return [summary, ...rest].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/**
 * The window's session: the library listing, the open story with its autosaver, the one
 * dialog and the one side panel open, and the notice. Views read it (`useSession`) and call
 * its methods; none of them hands state or a flush function to another.
 *
 * Every way away from the open story (another story, a new one, an import, the trash, a
 * rename, a version) flushes its pending save first, here, so no view has to remember to.
 */
export class StorySession {
  private state: SessionState;
  private readonly listeners = new Set<() => void>();
  private generation = 0;

  public constructor(
    private readonly api: GalleyApi,
    problem?: string,
  ) {
    this.state = {
      listing: EMPTY_LISTING,
      trash: [],
      loaded: false,
      open: undefined,
      saveState: { kind: 'saved' },
      popup: undefined,
      panel: detailsRemembered() ? 'details' : undefined,
      notice: problem ? { kind: 'error', text: problem } : undefined,
      versionsSaved: 0,
    };
  }

  // --- the store React reads (useSyncExternalStore) ---

  public readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  public readonly getState = (): SessionState => this.state;

  private set(patch: Partial<SessionState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  // --- messages, dialogs and panels ---

  public readonly fail = (error: unknown): void => {
    this.set({ notice: { kind: 'error', text: message(error) } });
  };

  public inform(text: string, undoTrashId?: string): void {
    this.set({ notice: { kind: 'info', text, ...(undoTrashId ? { undoTrashId } : {}) } });
  }

  public dismissNotice(): void {
    this.set({ notice: undefined });
  }

  public show(popup: Popup): void {
    this.set({ popup });
  }

  public close(): void {
    this.set({ popup: undefined });
  }

  /** Opens a side panel in place of the one open; the same panel again closes it. */
  public togglePanel(panel: SidePanel): void {
    const next = this.state.panel === panel ? undefined : panel;
    if (panel === 'details') rememberDetails(next === 'details');
    this.set({ panel: next });
  }

  public showPanel(panel: SidePanel | undefined): void {
    this.set({ panel });
  }

  public setSaveState(saveState: SaveState): void {
    this.set({ saveState });
  }

  // --- the open story ---

  /** Writes the open story's pending changes now (before switching, publishing, exporting). */
  public async flush(): Promise<void> {
    await this.state.open?.autosaver.flush();
  }

  /** Whether the open story has changes not yet written. */
  public get dirty(): boolean {
    return this.state.open?.autosaver.dirty ?? false;
  }

  /** The save a closing page must still send, if any. */
  public pendingSave(): { story: Story; base: string } | undefined {
    const autosaver = this.state.open?.autosaver;
    return autosaver?.dirty ? { story: autosaver.current, base: autosaver.revision } : undefined;
  }

  /** Opens `story` in the editor, after writing the one open now. */
  private async showStory(story: Story | undefined, focusHeadline = false): Promise<void> {
    const previous = this.state.open;
    await previous?.autosaver.flush();
    previous?.autosaver.dispose();
    if (!story) {
      this.set({ open: undefined, saveState: { kind: 'saved' } });
      return;
    }
    const autosaver = new Autosaver(story, {
      save: (value, base) => this.api.saveStory({ story: value, base }),
      onState: (saveState) => {
        if (this.state.open?.autosaver === autosaver) this.set({ saveState });
      },
      onSaved: (saved) => this.listed(saved),
    });
    // Each opening starts with the user's usual panel (Details or none), as a fresh page
    // would: a History or Findings panel belongs to the text it was opened on.
    this.set({
      open: { story, autosaver, generation: ++this.generation, focusHeadline },
      saveState: { kind: 'saved' },
      panel: detailsRemembered() ? 'details' : undefined,
    });
  }

  /** Puts a story's summary at the top of the library listing. */
  public listed(story: Story): void {
    this.set({
      listing: {
        ...this.state.listing,
        stories: upsert(this.state.listing.stories, summarize(story, countBodyWords(story.body))),
      },
    });
  }

  /** Reads the library and opens its newest story: the window's start. */
  public async start(): Promise<void> {
    try {
      const listing = await this.refresh();
      const newest = listing.stories[0];
      if (newest) await this.showStory(await this.api.openStory({ id: newest.id }));
    } catch (error) {
      this.fail(error);
    } finally {
      this.set({ loaded: true });
    }
  }

  public async refresh(): Promise<LibraryListing> {
    const listing = await this.api.listStories({});
    this.set({ listing });
    return listing;
  }

  public async openStory(id: string): Promise<void> {
    try {
      await this.flush();
      await this.showStory(await this.api.openStory({ id }));
    } catch (error) {
      this.fail(error);
    }
  }

  public async createStory(): Promise<void> {
    try {
      await this.flush();
      const created = await this.api.createStory({});
      this.listed(created);
      await this.showStory(created, true);
    } catch (error) {
      this.fail(error);
    }
  }

  public async importFile(file: { readonly name: string; text(): Promise<string> }): Promise<void> {
    try {
      await this.flush();
      const imported = await this.api.importStory({ fileName: file.name, text: await file.text() });
      this.listed(imported);
      await this.showStory(imported);
      this.inform(`Imported “${imported.headline}”.`);
    } catch (error) {
      this.fail(error);
    }
  }

  /** A story opened from the CMS (already written to the library by the service). */
  public async openedFromCms(story: Story): Promise<void> {
    this.close();
    try {
      this.listed(story);
      await this.showStory(story);
      this.inform(`Opened “${story.headline}” from the CMS.`);
    } catch (error) {
      this.fail(error);
    }
  }

  /**
   * The open story changed outside the editor (a version restored, the CMS's text taken, a
   * correction added, the other window's save loaded): open it again from that text.
   */
  public async reopen(story: Story): Promise<void> {
    this.listed(story);
    const previous = this.state.open;
    // Its text is already the newest on disk; the old autosaver has nothing left to write.
    previous?.autosaver.dispose();
    this.set({ open: undefined });
    await this.showStory(story);
  }

  public async trashOpenStory(): Promise<void> {
    const open = this.state.open;
    if (!open) return;
    try {
      await this.flush();
      const id = open.story.id;
      const headline =
        this.state.listing.stories.find((item) => item.id === id)?.headline ?? open.story.headline;
      await this.api.deleteStory({ id });
      await this.showStory(undefined);
      this.set({
        listing: {
          ...this.state.listing,
          stories: this.state.listing.stories.filter((item) => item.id !== id),
        },
      });
      this.inform(`Moved “${headline || 'Untitled story'}” to the trash.`, id);
    } catch (error) {
      this.fail(error);
    }
  }

  public async showTrash(): Promise<void> {
    try {
      this.set({ trash: await this.api.listTrash({}) });
    } catch (error) {
      this.fail(error);
    }
  }

  public async restoreFromTrash(id: string): Promise<void> {
    try {
      const summary = await this.api.restoreStory({ id });
      this.set({
        trash: this.state.trash.filter((item) => item.id !== id),
        listing: { ...this.state.listing, stories: upsert(this.state.listing.stories, summary) },
      });
      this.inform(`Restored “${summary.headline || 'Untitled story'}”.`);
      await this.openStory(id);
    } catch (error) {
      this.fail(error);
    }
  }

  public async saveVersion(): Promise<void> {
    const id = this.state.open?.story.id;
    if (!id) return;
    try {
      await this.flush();
      const version = await this.api.saveVersion({ id });
      this.set({ versionsSaved: this.state.versionsSaved + 1 });
      this.inform(`Version saved at ${new Date(version.time).toLocaleTimeString('en-US')}.`);
    } catch (error) {
      this.fail(error);
    }
  }

  public async rename(headline: string, slug: string): Promise<void> {
    const id = this.state.open?.story.id;
    if (!id) return;
    try {
      await this.flush();
      const renamed = await this.api.renameStory({ id, headline, slug });
      this.close();
      await this.reopen(renamed);
    } catch (error) {
      this.fail(error);
    }
  }

  /** Settings closed; a changed library folder means a different set of stories. */
  public async settingsClosed(changedLibrary: boolean): Promise<void> {
    this.close();
    if (!changedLibrary) return;
    try {
      await this.showStory(undefined);
      await this.refresh();
    } catch (error) {
      this.fail(error);
    }
  }
}
