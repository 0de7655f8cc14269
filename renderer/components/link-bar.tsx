import { useEffect, useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import { ReactEditor, useSlate } from 'slate-react';
import { StoryEditor } from '../editor/story-editor';

/** Props of the link popover. */
export interface LinkBarProps {
  readonly editing: boolean;
  readonly onEditing: (editing: boolean) => void;
}

/**
 * The small link popover: shows the link at the cursor with Edit and Remove, or a field to
 * add or change a link. Only http, https and mailto addresses are accepted.
 */
export function LinkBar({ editing, onEditing }: LinkBarProps): ReactElement | null {
  const editor = useSlate();
  const active = StoryEditor.activeLink(editor);
  const [url, setUrl] = useState(active?.url ?? '');
  const [error, setError] = useState('');

  useEffect(() => {
    if (editing) {
      setUrl(StoryEditor.activeLink(editor)?.url ?? '');
      setError('');
    }
  }, [editing, editor]);

  if (!editing && !active) return null;

  const apply = (event: FormEvent): void => {
    event.preventDefault();
    const problem = StoryEditor.setLink(editor, url);
    if (problem) {
      setError(problem);
      return;
    }
    onEditing(false);
    ReactEditor.focus(editor);
  };

  if (!editing && active) {
    return (
      <div role="group" aria-label="Link" className="link-bar">
        <span>
          Link: <span className="link-url">{active.url}</span>
        </span>
        <button
          type="button"
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onEditing(true)}
        >
          Edit link
        </button>
        <button
          type="button"
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => StoryEditor.removeLink(editor)}
        >
          Remove link
        </button>
      </div>
    );
  }

  return (
    <form role="group" aria-label="Link" className="link-bar" onSubmit={apply}>
      <label htmlFor="link-url">Link address</label>
      <input
        id="link-url"
        type="text"
        value={url}
        autoFocus
        aria-invalid={error !== ''}
        aria-describedby="link-error"
        onChange={(event) => {
          setUrl(event.target.value);
          setError('');
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            onEditing(false);
            ReactEditor.focus(editor);
          }
        }}
      />
      <button type="submit">Apply link</button>
      {active ? (
        <button type="button" onClick={() => StoryEditor.removeLink(editor)}>
          Remove link
        </button>
      ) : null}
      <button type="button" onClick={() => onEditing(false)}>
        Cancel
      </button>
      <span id="link-error" role="alert" className="field-error">
        {error}
      </span>
    </form>
  );
}
