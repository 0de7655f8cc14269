import { useEffect, useRef, useState } from 'react';
import type { ReactElement } from 'react';
import { PUBLISH_STATUSES } from '../../shared/cms';
import type { CmsProfile, PublishStatus } from '../../shared/cms';
import type { Story } from '../../shared/story';
import type { Connection } from '../api-client';
import type { StoryComparison } from '../../shared/history/compare';
import { HistoryComparison } from './history-comparison';

/** Something that should stop a publish unless it is fixed or consciously overridden. */
export interface PreflightItem {
  readonly id: string;
  readonly text: string;
  readonly fix: () => void;
}

/** Props of the Publish dialog. */
export interface PublishDialogProps {
  readonly story: Story;
  readonly connection: Connection;
  readonly preflight: ReadonlyArray<PreflightItem>;
  /** Saves pending edits before publishing. */
  readonly flush: () => Promise<void>;
  readonly onPublished: () => void;
  /** Their version in the CMS became the story (ours kept as a version). */
  readonly onTookTheirs: (story: Story) => void;
  readonly onClose: () => void;
}

const STATUS_LABELS: Record<PublishStatus, string> = {
  draft: 'Draft',
  pending: 'Pending review',
  publish: 'Publish now',
  future: 'Schedule',
};

/** Preflight first, then target and status; shows progress and the resulting link. */
export function PublishDialog({
  story,
  connection,
  preflight,
  flush,
  onPublished,
  onTookTheirs,
  onClose,
}: PublishDialogProps): ReactElement {
  const dialog = useRef<HTMLDialogElement>(null);
  const [profiles, setProfiles] = useState<ReadonlyArray<CmsProfile>>([]);
  const [profileId, setProfileId] = useState('');
  const [status, setStatus] = useState<PublishStatus>('draft');
  const [scheduleAt, setScheduleAt] = useState('');
  const [overridden, setOverridden] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [theirs, setTheirs] = useState<StoryComparison | undefined>(undefined);
  const [result, setResult] = useState<{ message: string; url: string } | undefined>(undefined);
  const [error, setError] = useState<
    { text: string; gone: boolean; conflict?: boolean } | undefined
  >(undefined);

  // What the publish will create or whose name it will carry, asked of the CMS per profile.
  const [notes, setNotes] = useState<ReadonlyArray<string>>([]);
  useEffect(() => {
    setNotes([]);
    if (!profileId) return;
    let cancelled = false;
    const name = profiles.find((p) => p.id === profileId)?.name ?? 'the CMS';
    connection.api.previewPublish({ id: story.id, profileId }).then(
      (preview) => {
        if (cancelled) return;
        setNotes([
          ...preview.newCategories.map(
            (c) => `Category “${c}” is new: it will be created in ${name}.`,
          ),
          ...(preview.newTags.length > 0
            ? [`New tags will be created in ${name}: ${preview.newTags.join(', ')}.`]
            : []),
          ...(preview.author ? [preview.author] : []),
        ]);
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [connection, story.id, story.section, story.tags, story.byline, profileId, profiles]);

  useEffect(() => {
    dialog.current?.showModal();
    connection.api.listProfiles({}).then(
      (listed) => {
        setProfiles(listed.profiles);
        setProfileId((current) => current || listed.profiles[0]?.id || '');
      },
      () => undefined,
    );
  }, [connection]);

  const blocking = preflight.filter((item) => !overridden.has(item.id));
  const previous = profileId ? story.published?.[profileId] : undefined;

  const publish = async (
    choice: { createNew?: boolean; replaceTheirs?: boolean } = {},
  ): Promise<void> => {
    const { createNew = false, replaceTheirs = false } = choice;
    setBusy(true);
    setError(undefined);
    setTheirs(undefined);
    setResult(undefined);
    try {
      await flush();
      const done = await connection.api.publishStory({
        id: story.id,
        profileId,
        status,
        ...(status === 'future' && scheduleAt
          ? { scheduleAt: new Date(scheduleAt).toISOString() }
          : {}),
        ...(createNew ? { createNew: true } : {}),
        ...(replaceTheirs ? { replaceTheirs: true } : {}),
      });
      setResult({ message: done.message, url: done.url });
      onPublished();
    } catch (failure) {
      const text = failure instanceof Error ? failure.message : String(failure);
      const code = (failure as { code?: string }).code;
      setError({ text, gone: code === 'remote-gone', conflict: code === 'conflict' });
      // Their version against ours, word by word, so the choice is made knowing what differs.
      if (code === 'conflict')
        connection.api.compareWithRemote({ id: story.id, profileId }).then(
          (comparison) => setTheirs(comparison),
          () => setTheirs(undefined),
        );
    } finally {
      setBusy(false);
    }
  };

  const takeTheirs = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      await flush();
      onTookTheirs(await connection.api.takeTheirs({ id: story.id, profileId }));
    } catch (failure) {
      setError({
        text: failure instanceof Error ? failure.message : String(failure),
        gone: (failure as { code?: string }).code === 'remote-gone',
        conflict: false,
      });
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby="publish-title"
      className="dialog publish-dialog"
      onCancel={onClose}
    >
      <h2 id="publish-title">Publish story</h2>
      <section aria-labelledby="preflight-title">
        <h3 id="preflight-title">Before publishing</h3>
        {preflight.length === 0 ? <p>Everything checks out.</p> : null}
        <ul aria-label="Preflight">
          {preflight.map((item) => (
            <li key={item.id}>
              <span>{overridden.has(item.id) ? '☐ ' : '⚠ '}</span>
              {item.text}{' '}
              <button
                type="button"
                onClick={() => {
                  onClose();
                  item.fix();
                }}
              >
                Fix
              </button>{' '}
              <label>
                <input
                  type="checkbox"
                  checked={overridden.has(item.id)}
                  onChange={(e) => {
                    const next = new Set(overridden);
                    if (e.target.checked) next.add(item.id);
                    else next.delete(item.id);
                    setOverridden(next);
                  }}
                />{' '}
                Publish anyway
              </label>
            </li>
          ))}
        </ul>
      </section>
      {profiles.length === 0 ? (
        <p>No CMS profile yet. Add a WordPress or Ghost profile in Settings.</p>
      ) : (
        <>
          <label htmlFor="publish-profile">Publish to</label>
          <select
            id="publish-profile"
            value={profileId}
            onChange={(e) => setProfileId(e.target.value)}
          >
            {profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          {notes.length > 0 ? (
            <ul aria-label="Publishing notes" className="publish-notes">
              {notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          ) : null}
          {previous ? (
            <p>Published before as post {previous.remoteId}; publishing again updates that post.</p>
          ) : null}
          <fieldset>
            <legend>Status</legend>
            {PUBLISH_STATUSES.map((s) => (
              <label key={s}>
                <input
                  type="radio"
                  name="publish-status"
                  value={s}
                  checked={status === s}
                  onChange={() => setStatus(s)}
                />{' '}
                {STATUS_LABELS[s]}
              </label>
            ))}
          </fieldset>
          {status === 'future' ? (
            <>
              <label htmlFor="publish-at">Publish at</label>
              <input
                id="publish-at"
                type="datetime-local"
                value={scheduleAt}
                onChange={(e) => setScheduleAt(e.target.value)}
              />
            </>
          ) : null}
        </>
      )}
      <p role="status" className="publish-status">
        {busy ? 'Publishing…' : result ? result.message : ''}
        {result ? (
          <>
            {' '}
            <a href={result.url} target="_blank" rel="noreferrer noopener">
              {result.url}
            </a>
          </>
        ) : null}
      </p>
      {error ? (
        <p role="alert" className="field-error">
          {error.text}{' '}
          {error.gone ? (
            <button type="button" onClick={() => void publish({ createNew: true })}>
              Create a new post
            </button>
          ) : null}
          {error.conflict ? (
            <>
              <button type="button" onClick={() => void publish({ replaceTheirs: true })}>
                Replace theirs
              </button>{' '}
              <button type="button" onClick={() => void takeTheirs()}>
                Take theirs
              </button>
            </>
          ) : null}
        </p>
      ) : null}
      {error?.conflict && theirs ? (
        <section aria-label="Their changes" className="publish-theirs">
          <HistoryComparison
            comparison={theirs}
            title={`Their version in ${profiles.find((p) => p.id === profileId)?.name ?? 'the CMS'} → this story`}
          />
        </section>
      ) : null}
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          Close
        </button>
        <button
          type="button"
          disabled={
            busy || !profileId || blocking.length > 0 || (status === 'future' && !scheduleAt)
          }
          onClick={() => void publish()}
        >
          Publish
        </button>
      </div>
    </dialog>
  );
}
