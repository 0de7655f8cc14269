import { useState } from 'react';
import type { ReactElement } from 'react';
import type { Story } from '../../shared/story';
import type { Autosaver } from '../autosave';
import type { Connection } from '../api-client';

/** Props of the banner shown when another window saved this story first. */
export interface ConflictBannerProps {
  readonly connection: Connection;
  readonly autosaver: Autosaver;
  /** Reopens the story with the text now on disk. */
  readonly onLoaded: (story: Story) => void;
  readonly onError: (reason: string) => void;
}

/**
 * Another window (or another Galley on a shared folder) saved this story after it was opened
 * here. Nothing is written until the user chooses, and either choice keeps the other text as
 * a version, so no word is lost whichever way they go.
 */
export function ConflictBanner({
  connection,
  autosaver,
  onLoaded,
  onError,
}: ConflictBannerProps): ReactElement {
  const [busy, setBusy] = useState(false);
  const { api } = connection;
  const run = (task: () => Promise<void>): void => {
    setBusy(true);
    void task()
      .catch((error: unknown) => onError(error instanceof Error ? error.message : String(error)))
      .finally(() => setBusy(false));
  };
  const loadTheirs = (): void =>
    run(async () => {
      const mine = autosaver.current;
      await api.saveVersion({
        id: mine.id,
        name: 'My text before loading the newer one',
        story: mine,
      });
      onLoaded(await api.openStory({ id: mine.id }));
    });
  const keepMine = (): void =>
    run(async () => {
      const mine = autosaver.current;
      const theirs = await api.openStory({ id: mine.id });
      await api.saveVersion({ id: mine.id, name: 'Text from another window, replaced' });
      autosaver.resolveConflict(theirs.updatedAt);
      autosaver.change({ ...mine });
      await autosaver.flush();
    });
  return (
    <section
      role="alert"
      aria-label="Save conflict"
      className="notice notice-error conflict-banner"
    >
      <p>
        This story was changed in another window. Your text is still here and has not been saved
        over theirs. Choose which text to keep; the other is kept as a version in History.
      </p>
      <button type="button" disabled={busy} onClick={loadTheirs}>
        Load the newer text
      </button>
      <button type="button" disabled={busy} onClick={keepMine}>
        Keep my text
      </button>
    </section>
  );
}
