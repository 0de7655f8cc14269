import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactElement } from 'react';
import type { LibraryListing } from '../shared/api';
import type { Story, StorySummary } from '../shared/story';
import { summarize } from '../shared/story';
import { countBodyWords } from '../shared/word-count';
import type { Connection } from './api-client';
import { LibrarySidebar } from './components/library-sidebar';
import { OpenFromCmsDialog } from './components/open-from-cms-dialog';
import { RenameDialog } from './components/rename-dialog';
import { SettingsDialog } from './components/settings-dialog';
import { StoryErrorBoundary } from './components/story-error-boundary';
import { StoryView } from './components/story-view';
import { AboutDialog } from './components/about-dialog';
import { CommandPalette } from './components/command-palette';
import { ShortcutsDialog } from './components/shortcuts-dialog';
import { CommandHub, CommandHubContext, keystrokeOf, useHubCommand } from './commands/command-hub';
import { useWindowPrefs } from './commands/use-window-prefs';
import { commandForKeystroke } from '../shared/commands';
import type { CommandId } from '../shared/commands';

/** Props of the application shell. */
export interface AppProps {
  readonly connection: Connection;
}

interface Notice {
  readonly kind: 'error' | 'info';
  readonly text: string;
  readonly undoTrashId?: string;
}

const EMPTY_LISTING: LibraryListing = { root: '', stories: [], damaged: [] };

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function upsert(stories: ReadonlyArray<StorySummary>, summary: StorySummary): StorySummary[] {
  const rest = stories.filter((item) => item.id !== summary.id);
  return [summary, ...rest].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** The Galley window: library on the left, the open story on the right. */
export function App({ connection }: AppProps): ReactElement {
  const { api } = connection;
  const [listing, setListing] = useState<LibraryListing>(EMPTY_LISTING);
  const [trash, setTrash] = useState<ReadonlyArray<StorySummary>>([]);
  const [story, setStory] = useState<Story | undefined>(undefined);
  const [notice, setNotice] = useState<Notice | undefined>(
    connection.problem ? { kind: 'error', text: connection.problem } : undefined,
  );
  const [renaming, setRenaming] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [cmsOpen, setCmsOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const [viewKey, setViewKey] = useState(0);
  const [historyRevision, setHistoryRevision] = useState(0);
  const [focusHeadline, setFocusHeadline] = useState<string | undefined>(undefined);
  const flushRef = useRef<(() => Promise<void>) | undefined>(undefined);
  // The open story's latest headline lives in StoryView; after a flush the listing has it.
  const listingRef = useRef(listing);
  listingRef.current = listing;
  const importInput = useRef<HTMLInputElement>(null);

  const registerFlush = useCallback((flush: (() => Promise<void>) | undefined) => {
    flushRef.current = flush;
  }, []);

  const fail = useCallback(
    (error: unknown) => setNotice({ kind: 'error', text: message(error) }),
    [],
  );

  const refresh = useCallback(async (): Promise<LibraryListing> => {
    const next = await api.listStories({});
    setListing(next);
    return next;
  }, [api]);

  const open = useCallback(
    async (id: string) => {
      try {
        await flushRef.current?.();
        setStory(await api.openStory({ id }));
      } catch (error) {
        fail(error);
      }
    },
    [api, fail],
  );

  useEffect(() => {
    if (connection.problem) return;
    let cancelled = false;
    void (async () => {
      try {
        const first = await refresh();
        const newest = first.stories[0];
        if (!cancelled && newest) setStory(await api.openStory({ id: newest.id }));
      } catch (error) {
        fail(error);
      } finally {
        if (!cancelled) setLoaded(true);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [api, connection.problem, refresh, fail]);

  const createStory = useCallback(async () => {
    try {
      await flushRef.current?.();
      const created = await api.createStory({});
      setListing((current) => ({
        ...current,
        stories: upsert(current.stories, summarize(created, 0)),
      }));
      setFocusHeadline(created.id);
      setStory(created);
    } catch (error) {
      fail(error);
    }
  }, [api, fail]);

  const importFile = useCallback(
    async (file: File) => {
      try {
        await flushRef.current?.();
        const imported = await api.importStory({ fileName: file.name, text: await file.text() });
        setListing((current) => ({
          ...current,
          stories: upsert(current.stories, summarize(imported, countBodyWords(imported.body))),
        }));
        setStory(imported);
        setNotice({ kind: 'info', text: `Imported “${imported.headline}”.` });
      } catch (error) {
        fail(error);
      }
    },
    [api, fail],
  );

  const onSaved = useCallback((saved: Story) => {
    setListing((current) => ({
      ...current,
      stories: upsert(current.stories, summarize(saved, countBodyWords(saved.body))),
    }));
  }, []);

  const trashCurrent = useCallback(async () => {
    if (!story) return;
    try {
      await flushRef.current?.();
      const headline =
        listingRef.current.stories.find((item) => item.id === story.id)?.headline ?? story.headline;
      await api.deleteStory({ id: story.id });
      setStory(undefined);
      setListing((current) => ({
        ...current,
        stories: current.stories.filter((item) => item.id !== story.id),
      }));
      setNotice({
        kind: 'info',
        text: `Moved “${headline || 'Untitled story'}” to the trash.`,
        undoTrashId: story.id,
      });
    } catch (error) {
      fail(error);
    }
  }, [api, story, fail]);

  const restore = useCallback(
    async (id: string) => {
      try {
        const summary = await api.restoreStory({ id });
        setTrash((current) => current.filter((item) => item.id !== id));
        setListing((current) => ({ ...current, stories: upsert(current.stories, summary) }));
        setNotice({ kind: 'info', text: `Restored “${summary.headline || 'Untitled story'}”.` });
        await open(id);
      } catch (error) {
        fail(error);
      }
    },
    [api, fail, open],
  );

  const storyIdRef = useRef<string | undefined>(undefined);
  storyIdRef.current = story?.id;
  const saveVersion = useCallback(async () => {
    const id = storyIdRef.current;
    if (!id) return;
    try {
      await flushRef.current?.();
      const version = await api.saveVersion({ id });
      setHistoryRevision((n) => n + 1);
      setNotice({
        kind: 'info',
        text: `Version saved at ${new Date(version.time).toLocaleTimeString('en-US')}.`,
      });
    } catch (error) {
      fail(error);
    }
  }, [api, fail]);

  const rename = useCallback(
    async (headline: string, slug: string) => {
      if (!story) return;
      try {
        await flushRef.current?.();
        const renamed = await api.renameStory({ id: story.id, headline, slug });
        setRenaming(false);
        setStory(renamed);
        setViewKey((k) => k + 1);
        onSaved(renamed);
      } catch (error) {
        fail(error);
      }
    },
    [api, story, fail, onSaved],
  );

  const hub = useMemo(() => new CommandHub(), []);
  const prefs = useWindowPrefs();
  const [dialog, setDialog] = useState<'palette' | 'shortcuts' | 'about' | undefined>(undefined);
  useHubCommand(hub, 'new-story', () => void createStory());
  useHubCommand(hub, 'import', () => importInput.current?.click());
  useHubCommand(
    hub,
    'save-version',
    () => void saveVersion(),
    () => story !== undefined,
  );
  useHubCommand(hub, 'settings', () => setSettingsOpen(true));
  useHubCommand(hub, 'command-palette', () => setDialog('palette'));
  useHubCommand(hub, 'keyboard-shortcuts', () => setDialog('shortcuts'));
  useHubCommand(hub, 'about', () => setDialog('about'));
  useHubCommand(hub, 'theme', prefs.toggleTheme);
  useHubCommand(hub, 'zoom-in', () => prefs.stepZoom(1));
  useHubCommand(hub, 'zoom-out', () => prefs.stepZoom(-1));
  useHubCommand(hub, 'zoom-reset', () => prefs.stepZoom(0));
  useHubCommand(hub, 'focus-mode', () => prefs.setFocusMode(!prefs.focusMode));

  // The Electron menu sends command ids; in the browser host the keyboard is read here. Both
  // go through the hub, so a menu item, its shortcut and the palette always do the same thing.
  useEffect(() => connection.onMenuCommand((command) => void hub.run(command)), [connection, hub]);
  useEffect(() => connection.onOpenStory((id) => void open(id)), [connection, open]);
  // A .txt, .md or .html file dropped anywhere on the window is imported, as Import does.
  useEffect(() => {
    const importable = (event: DragEvent): File | undefined => {
      const file = event.dataTransfer?.files[0];
      return file && /\.(txt|md|markdown|html?)$/i.test(file.name) ? file : undefined;
    };
    const onDragOver = (event: DragEvent): void => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent): void => {
      const file = importable(event);
      if (!event.dataTransfer?.types.includes('Files')) return;
      // Never let the browser open a dropped file in place of Galley.
      event.preventDefault();
      event.stopPropagation();
      if (file) void importFile(file);
      else setNotice({ kind: 'error', text: 'Galley imports .txt, .md and .html files.' });
    };
    window.addEventListener('dragover', onDragOver, true);
    window.addEventListener('drop', onDrop, true);
    return () => {
      window.removeEventListener('dragover', onDragOver, true);
      window.removeEventListener('drop', onDrop, true);
    };
  }, [importFile]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return;
      const command = commandForKeystroke(keystrokeOf(event));
      if (!command || command.scope !== 'app') return;
      if (hub.run(command.id as CommandId)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [hub]);

  return (
    <CommandHubContext.Provider value={hub}>
      <div className={`app${prefs.focusMode ? ' focus-mode' : ''}`}>
        {prefs.focusMode ? (
          <button
            type="button"
            className="exit-focus"
            onClick={() => prefs.setFocusMode(false)}
            title="Exit focus mode (Ctrl+Shift+F)"
          >
            Exit focus mode
          </button>
        ) : null}
        <LibrarySidebar
          stories={listing.stories}
          damaged={listing.damaged}
          trash={trash}
          currentId={story?.id}
          onOpen={(id) => void open(id)}
          onNew={() => void createStory()}
          onImport={(file) => void importFile(file)}
          onRestore={(id) => void restore(id)}
          onShowTrash={() => void api.listTrash({}).then(setTrash, fail)}
          importInput={importInput}
          onSettings={() => setSettingsOpen(true)}
          onOpenFromCms={() => setCmsOpen(true)}
        />
        <main className="workspace">
          {listing.readOnly ? (
            <p role="alert" aria-label="Read-only library" className="notice notice-error">
              {listing.readOnly}
            </p>
          ) : null}
          {notice ? (
            <div
              role={notice.kind === 'error' ? 'alert' : 'status'}
              className={`notice notice-${notice.kind}`}
            >
              <span>{notice.text}</span>
              {notice.undoTrashId ? (
                <button
                  type="button"
                  onClick={() => notice.undoTrashId && void restore(notice.undoTrashId)}
                >
                  Undo
                </button>
              ) : null}
              <button
                type="button"
                aria-label="Dismiss message"
                onClick={() => setNotice(undefined)}
              >
                ×
              </button>
            </div>
          ) : null}
          {story ? (
            <StoryErrorBoundary
              key={`${story.id}:${viewKey}`}
              storyId={story.id}
              connection={connection}
              onRestored={(restored) => {
                setStory(restored);
                setViewKey((k) => k + 1);
                onSaved(restored);
              }}
            >
              <StoryView
                story={story}
                connection={connection}
                onSaved={onSaved}
                onRename={() => setRenaming(true)}
                onTrash={() => void trashCurrent()}
                registerFlush={registerFlush}
                focusHeadline={focusHeadline === story.id}
                historyRevision={historyRevision}
                onRestored={(restored) => {
                  setStory(restored);
                  setViewKey((k) => k + 1);
                  onSaved(restored);
                }}
              />
            </StoryErrorBoundary>
          ) : loaded ? (
            <p className="empty-workspace">
              No story is open. Choose one from the library, or press New story.
            </p>
          ) : null}
          {cmsOpen ? (
            <OpenFromCmsDialog
              connection={connection}
              onCancel={() => setCmsOpen(false)}
              onOpened={(opened) => {
                setCmsOpen(false);
                void (async () => {
                  await flushRef.current?.();
                  setListing((current) => ({
                    ...current,
                    stories: upsert(
                      current.stories,
                      summarize(opened, countBodyWords(opened.body)),
                    ),
                  }));
                  setStory(opened);
                  setNotice({ kind: 'info', text: `Opened “${opened.headline}” from the CMS.` });
                })().catch(fail);
              }}
            />
          ) : null}
          {settingsOpen ? (
            <SettingsDialog
              connection={connection}
              onClose={(changedLibrary) => {
                setSettingsOpen(false);
                if (changedLibrary) {
                  setStory(undefined);
                  void refresh().catch(fail);
                }
              }}
            />
          ) : null}
          {renaming && story ? (
            <RenameDialog
              headline={story.headline}
              onRename={(h, s) => void rename(h, s)}
              onCancel={() => setRenaming(false)}
            />
          ) : null}
          {dialog === 'palette' ? <CommandPalette onClose={() => setDialog(undefined)} /> : null}
          {dialog === 'shortcuts' ? <ShortcutsDialog onClose={() => setDialog(undefined)} /> : null}
          {dialog === 'about' ? <AboutDialog onClose={() => setDialog(undefined)} /> : null}
        </main>
      </div>
    </CommandHubContext.Provider>
  );
}
