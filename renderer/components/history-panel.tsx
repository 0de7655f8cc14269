import { useCallback, useEffect, useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import type { StoryComparison } from '../../shared/history/compare';
import type { HistoryListing, VersionSummary } from '../../shared/history/summary';
import type { VersionEvent } from '../../shared/history/version-log';
import type { Story } from '../../shared/story';
import type { Connection } from '../api-client';
import { HistoryComparison } from './history-comparison';

/** Props of the History panel. */
export interface HistoryPanelProps {
  readonly storyId: string;
  readonly connection: Connection;
  /** Saves pending edits first, so versions and comparisons see the latest text. */
  readonly flush: () => Promise<void>;
  readonly onRestored: (story: Story) => void;
  /** Changes whenever a version is made elsewhere (Ctrl+S), to reload the list. */
  readonly revision: number;
}

const EVENT_NAMES: Record<VersionEvent, string> = {
  created: 'Created',
  saved: 'Saved version',
  status: 'Status change',
  import: 'Imported',
  'before-restore': 'Before restore',
  restored: 'Restored',
  publish: 'Published',
  checkpoint: 'Automatic checkpoint',
};

const TIME = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  second: '2-digit',
});

function describe(version: VersionSummary): string {
  return `${TIME.format(new Date(version.time))}, ${EVENT_NAMES[version.event]}${version.name ? `, “${version.name}”` : ''}`;
}

/** Lists a story's versions; compares any two (or one with the current text); restores one. */
export function HistoryPanel({
  storyId,
  connection,
  flush,
  onRestored,
  revision,
}: HistoryPanelProps): ReactElement {
  const { api } = connection;
  const [listing, setListing] = useState<HistoryListing>({ versions: [], problems: [] });
  const [selected, setSelected] = useState<ReadonlyArray<string>>([]);
  const [comparison, setComparison] = useState<
    { title: string; result: StoryComparison } | undefined
  >(undefined);
  const [naming, setNaming] = useState<string | undefined>(undefined);
  const [nameDraft, setNameDraft] = useState('');
  const [newName, setNewName] = useState('');
  const [message, setMessage] = useState('');

  const reload = useCallback(async () => {
    try {
      setListing(await api.listVersions({ id: storyId }));
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  }, [api, storyId]);

  useEffect(() => {
    void reload();
  }, [reload, revision]);

  const run = async (task: () => Promise<void>): Promise<void> => {
    try {
      await task();
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    }
  };

  const saveVersion = (event: FormEvent): void => {
    event.preventDefault();
    void run(async () => {
      await flush();
      await api.saveVersion({ id: storyId, ...(newName.trim() ? { name: newName.trim() } : {}) });
      setNewName('');
      setMessage('Version saved.');
      await reload();
    });
  };

  const compare = (): void =>
    void run(async () => {
      await flush();
      const byId = new Map(listing.versions.map((v) => [v.id, v]));
      // Oldest first, so the comparison reads "from → to".
      const picked = [...selected].sort((a, b) => (byId.get(a)!.time < byId.get(b)!.time ? -1 : 1));
      const [from, to] = picked;
      if (!from) return;
      const result = await api.compareVersions({ id: storyId, from, to: to ?? 'current' });
      const title = to
        ? `From ${describe(byId.get(from)!)} to ${describe(byId.get(to)!)}`
        : `From ${describe(byId.get(from)!)} to the current text`;
      setComparison({ title, result });
    });

  const restore = (version: VersionSummary): void =>
    void run(async () => {
      await flush();
      const story = await api.restoreVersion({ id: storyId, versionId: version.id });
      setMessage(
        `Restored the version of ${TIME.format(new Date(version.time))}. The text before it was kept as a version.`,
      );
      setComparison(undefined);
      setSelected([]);
      onRestored(story);
    });

  const saveName = (event: FormEvent, version: VersionSummary): void => {
    event.preventDefault();
    void run(async () => {
      await api.nameVersion({ id: storyId, versionId: version.id, name: nameDraft });
      setNaming(undefined);
      await reload();
    });
  };

  const toggle = (id: string, on: boolean): void => {
    setSelected((current) =>
      on ? [...current.filter((x) => x !== id), id].slice(-2) : current.filter((x) => x !== id),
    );
  };

  return (
    <aside className="history-panel" aria-label="History">
      <h2>History</h2>
      <form onSubmit={saveVersion} className="history-save">
        <label htmlFor="version-name">Version name (optional)</label>
        <input
          id="version-name"
          type="text"
          value={newName}
          onChange={(e) => setNewName(e.target.value)}
        />
        <button type="submit">Save version</button>
      </form>
      <p role="status" className="history-message">
        {message}
      </p>
      {listing.problems.length > 0 ? (
        <ul role="alert" className="history-problems">
          {listing.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
      <button type="button" disabled={selected.length === 0} onClick={compare}>
        {selected.length === 2 ? 'Compare selected versions' : 'Compare with current text'}
      </button>
      <ol className="version-list" aria-label="Versions">
        {listing.versions.map((version) => (
          <li key={version.id} className="version">
            <input
              type="checkbox"
              id={`pick-${version.id}`}
              checked={selected.includes(version.id)}
              onChange={(e) => toggle(version.id, e.target.checked)}
            />
            <label htmlFor={`pick-${version.id}`}>
              <span className="version-title">
                {TIME.format(new Date(version.time))} · {EVENT_NAMES[version.event]}
                {version.name ? ` · “${version.name}”` : ''}
              </span>
              <span className="version-meta">
                {version.author} · +{version.wordsAdded} / −{version.wordsRemoved} words
                {version.detail ? ` · ${version.detail}` : ''}
              </span>
            </label>
            {naming === version.id ? (
              <form onSubmit={(e) => saveName(e, version)} className="version-naming">
                <label htmlFor={`name-${version.id}`}>Name for this version</label>
                <input
                  id={`name-${version.id}`}
                  type="text"
                  value={nameDraft}
                  autoFocus
                  onChange={(e) => setNameDraft(e.target.value)}
                />
                <button type="submit">Save name</button>
                <button type="button" onClick={() => setNaming(undefined)}>
                  Cancel
                </button>
              </form>
            ) : (
              <div className="version-actions">
                <button
                  type="button"
                  aria-label={`Name version: ${describe(version)}`}
                  onClick={() => {
                    setNaming(version.id);
                    setNameDraft(version.name);
                  }}
                >
                  Name…
                </button>
                <button
                  type="button"
                  aria-label={`Restore this version: ${describe(version)}`}
                  onClick={() => restore(version)}
                >
                  Restore this version
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
      {comparison ? (
        <HistoryComparison comparison={comparison.result} title={comparison.title} />
      ) : null}
    </aside>
  );
}
