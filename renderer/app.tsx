import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { ReactElement } from 'react';
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
import { StorySession } from './session/story-session';
import { startProofing } from './proofing/proofing-client';
import { SessionContext } from './session/use-session';

/** Props of the application shell. */
export interface AppProps {
  readonly connection: Connection;
}

/** The Galley window: library on the left, the open story on the right. */
export function App({ connection }: AppProps): ReactElement {
  const { api } = connection;
  const session = useMemo(
    () => new StorySession(api, connection.problem),
    [api, connection.problem],
  );
  const state = useSyncExternalStore(session.subscribe, session.getState);
  const { listing, open, notice, popup } = state;
  const importInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!connection.problem) void session.start();
  }, [connection.problem, session]);

  // The checker loads in its own thread while the library is read; a story opened a moment
  // later is checked at once.
  useEffect(() => {
    if (connection.problem) return;
    const timer = window.setTimeout(startProofing, 0);
    return () => window.clearTimeout(timer);
  }, [connection.problem]);

  // Leaving the page: the browser host sends the pending save with the page's last request;
  // under Electron, closing with a save pending asks first (main shows the question).
  useEffect(() => {
    const onExit = (): void => {
      const pending = session.pendingSave();
      if (pending) connection.saveOnExit(pending);
    };
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      if (connection.host === 'electron' && session.dirty) event.preventDefault();
    };
    window.addEventListener('pagehide', onExit);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('pagehide', onExit);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [connection, session]);

  const hub = useMemo(() => new CommandHub(), []);
  const prefs = useWindowPrefs();
  useHubCommand(hub, 'new-story', () => void session.createStory());
  useHubCommand(hub, 'import', () => importInput.current?.click());
  useHubCommand(
    hub,
    'save-version',
    () => void session.saveVersion(),
    () => session.getState().open !== undefined,
  );
  useHubCommand(hub, 'settings', () => session.show({ kind: 'settings' }));
  useHubCommand(hub, 'command-palette', () => session.show({ kind: 'palette' }));
  useHubCommand(hub, 'keyboard-shortcuts', () => session.show({ kind: 'shortcuts' }));
  useHubCommand(hub, 'about', () => session.show({ kind: 'about' }));
  useHubCommand(hub, 'theme', prefs.toggleTheme);
  useHubCommand(hub, 'zoom-in', () => prefs.stepZoom(1));
  useHubCommand(hub, 'zoom-out', () => prefs.stepZoom(-1));
  useHubCommand(hub, 'zoom-reset', () => prefs.stepZoom(0));
  useHubCommand(hub, 'focus-mode', () => prefs.setFocusMode(!prefs.focusMode));

  // The Electron menu sends command ids; in the browser host the keyboard is read here. Both
  // go through the hub, so a menu item, its shortcut and the palette always do the same thing.
  useEffect(() => connection.onMenuCommand((command) => void hub.run(command)), [connection, hub]);
  useEffect(
    () => connection.onOpenStory((id) => void session.openStory(id)),
    [connection, session],
  );
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
      if (file) void session.importFile(file);
      else session.fail(new Error('Galley imports .txt, .md and .html files.'));
    };
    window.addEventListener('dragover', onDragOver, true);
    window.addEventListener('drop', onDrop, true);
    return () => {
      window.removeEventListener('dragover', onDragOver, true);
      window.removeEventListener('drop', onDrop, true);
    };
  }, [session]);
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
    <SessionContext.Provider value={session}>
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
            trash={state.trash}
            currentId={open?.story.id}
            onOpen={(id) => void session.openStory(id)}
            onNew={() => void session.createStory()}
            onImport={(file) => void session.importFile(file)}
            onRestore={(id) => void session.restoreFromTrash(id)}
            onShowTrash={() => void session.showTrash()}
            importInput={importInput}
            onSettings={() => session.show({ kind: 'settings' })}
            onOpenFromCms={() => session.show({ kind: 'open-from-cms' })}
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
                    onClick={() =>
                      notice.undoTrashId && void session.restoreFromTrash(notice.undoTrashId)
                    }
                  >
                    Undo
                  </button>
                ) : null}
                <button
                  type="button"
                  aria-label="Dismiss message"
                  onClick={() => session.dismissNotice()}
                >
                  ×
                </button>
              </div>
            ) : null}
            {open ? (
              <StoryErrorBoundary
                key={`${open.story.id}:${open.generation}`}
                storyId={open.story.id}
                connection={connection}
                onRestored={(restored) => void session.reopen(restored)}
              >
                <StoryView key={open.generation} open={open} connection={connection} />
              </StoryErrorBoundary>
            ) : state.loaded ? (
              <p className="empty-workspace">
                No story is open. Choose one from the library, or press New story.
              </p>
            ) : null}
            {popup?.kind === 'open-from-cms' ? (
              <OpenFromCmsDialog
                connection={connection}
                onCancel={() => session.close()}
                onOpened={(opened) => void session.openedFromCms(opened)}
              />
            ) : null}
            {popup?.kind === 'settings' ? (
              <SettingsDialog
                connection={connection}
                onClose={(changedLibrary) => void session.settingsClosed(changedLibrary)}
              />
            ) : null}
            {popup?.kind === 'rename' && open ? (
              <RenameDialog
                headline={open.story.headline}
                onRename={(h, s) => void session.rename(h, s)}
                onCancel={() => session.close()}
              />
            ) : null}
            {popup?.kind === 'palette' ? <CommandPalette onClose={() => session.close()} /> : null}
            {popup?.kind === 'shortcuts' ? (
              <ShortcutsDialog onClose={() => session.close()} />
            ) : null}
            {popup?.kind === 'about' ? <AboutDialog onClose={() => session.close()} /> : null}
          </main>
        </div>
      </CommandHubContext.Provider>
    </SessionContext.Provider>
  );
}
