import { useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import type { Story } from '../../shared/story';
import type { Connection } from '../api-client';
import { useModal } from './use-modal';

/** Props of the Add correction dialog. */
export interface CorrectionDialogProps {
  readonly story: Story;
  readonly connection: Connection;
  /** Saves pending edits first. */
  readonly flush: () => Promise<void>;
  /** The corrected story (its text changed on the host): the view reloads it. */
  readonly onCorrected: (story: Story) => void;
  readonly onCancel: () => void;
}

/**
 * "Add correction" on a published story: the dated note goes at the end of the story, into
 * every export and, republished, into each CMS post; a version records it.
 */
export function CorrectionDialog({
  story,
  connection,
  flush,
  onCorrected,
  onCancel,
}: CorrectionDialogProps): ReactElement {
  const dialog = useModal();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [done, setDone] = useState<{ story: Story; lines: string[] } | undefined>(undefined);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (text.trim() === '') {
      setError('Write the correction first.');
      return;
    }
    setBusy(true);
    setError('');
    try {
      await flush();
      const result = await connection.api.addCorrection({ id: story.id, text });
      setDone({
        story: result.story,
        lines: result.republished.map((r) =>
          r.ok ? r.message : `Not republished to ${r.profileId}: ${r.message}`,
        ),
      });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  const close = (): void => (done ? onCorrected(done.story) : onCancel());

  return (
    <dialog ref={dialog} aria-labelledby="correction-title" className="dialog" onCancel={close}>
      <form onSubmit={(event) => void submit(event)}>
        <h2 id="correction-title">Add correction</h2>
        <p>
          The note is added at the end of the story with today&rsquo;s date, and the story is
          published again wherever it was published.
        </p>
        <label htmlFor="correction-text">Correction</label>
        <textarea
          id="correction-text"
          rows={4}
          value={text}
          disabled={busy || done !== undefined}
          onChange={(e) => setText(e.target.value)}
        />
        {error ? (
          <p role="alert" className="field-error">
            {error}
          </p>
        ) : null}
        <div role="status" aria-label="Correction status">
          {busy ? 'Adding the correction and publishing…' : null}
          {done ? (
            <ul>
              <li>Correction added to the story.</li>
              {done.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : null}
        </div>
        <div className="dialog-buttons">
          <button type="button" onClick={close}>
            {done ? 'Close' : 'Cancel'}
          </button>
          {done ? null : (
            <button type="submit" className="primary" disabled={busy}>
              Add and republish
            </button>
          )}
        </div>
      </form>
    </dialog>
  );
}
