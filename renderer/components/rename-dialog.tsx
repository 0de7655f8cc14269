import { useEffect, useRef, useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import { slugify } from '../../shared/slug';

/** Props of the rename dialog. */
export interface RenameDialogProps {
  readonly headline: string;
  readonly onRename: (headline: string, slug: string) => void;
  readonly onCancel: () => void;
}

/** A modal dialog to change a story's headline and slug together. */
export function RenameDialog({ headline, onRename, onCancel }: RenameDialogProps): ReactElement {
  const dialog = useRef<HTMLDialogElement>(null);
  const [value, setValue] = useState(headline);
  const [slug, setSlug] = useState(slugify(headline));
  const [slugTouched, setSlugTouched] = useState(false);
  const [error, setError] = useState('');

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (value.trim() === '') {
      setError('A story needs a headline.');
      return;
    }
    onRename(value.trim(), slug);
  };

  return (
    <dialog ref={dialog} aria-labelledby="rename-title" className="dialog" onCancel={onCancel}>
      <form onSubmit={submit}>
        <h2 id="rename-title">Rename story</h2>
        <label htmlFor="rename-headline">New headline</label>
        <input
          id="rename-headline"
          type="text"
          value={value}
          autoFocus
          aria-invalid={error !== ''}
          aria-describedby="rename-error"
          onChange={(event) => {
            setValue(event.target.value);
            setError('');
            if (!slugTouched) setSlug(slugify(event.target.value));
          }}
        />
        <label htmlFor="rename-slug">New slug</label>
        <input
          id="rename-slug"
          type="text"
          value={slug}
          onChange={(event) => {
            setSlug(event.target.value);
            setSlugTouched(true);
          }}
        />
        <p id="rename-error" role="alert" className="field-error">
          {error}
        </p>
        <div className="dialog-buttons">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit">Rename</button>
        </div>
      </form>
    </dialog>
  );
}
