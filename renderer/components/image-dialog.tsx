import { useEffect, useRef, useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import { isSafeImageSrc } from '../../shared/story';
import type { ImageElement } from '../../shared/story';

/** Props of the Insert image dialog. */
export interface ImageDialogProps {
  /** Copies a file into the story folder and returns its `asset:` source. */
  readonly upload: (file: File) => Promise<string>;
  readonly onInsert: (image: ImageElement) => void;
  readonly onCancel: () => void;
}

const MAX_BYTES = 20 * 1024 * 1024;

/** Chooses an image from a file or an https address, with caption, credit and description. */
export function ImageDialog({ upload, onInsert, onCancel }: ImageDialogProps): ReactElement {
  const dialog = useRef<HTMLDialogElement>(null);
  const [file, setFile] = useState<File | undefined>(undefined);
  const [url, setUrl] = useState('');
  const [caption, setCaption] = useState('');
  const [credit, setCredit] = useState('');
  const [alt, setAlt] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    setError('');
    let src = url.trim();
    try {
      if (file) {
        if (file.size > MAX_BYTES)
          throw new Error(
            `“${file.name}” is ${(file.size / 1024 / 1024).toFixed(1)} MB; images must be 20 MB or smaller.`,
          );
        setBusy(true);
        src = await upload(file);
      } else if (!isSafeImageSrc(src)) {
        throw new Error('Choose an image file, or give an address that starts with https://.');
      }
      onInsert({
        type: 'image',
        src,
        alt: alt.trim(),
        caption: caption.trim(),
        credit: credit.trim(),
        children: [{ text: '' }],
      });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} aria-labelledby="image-title" className="dialog" onCancel={onCancel}>
      <form onSubmit={(e) => void submit(e)}>
        <h2 id="image-title">Insert image</h2>
        <label htmlFor="image-file">Image file</label>
        <input
          id="image-file"
          type="file"
          accept="image/png,image/jpeg,image/gif,image/webp"
          onChange={(e) => setFile(e.target.files?.[0])}
        />
        <label htmlFor="image-url">Or image address (https)</label>
        <input
          id="image-url"
          type="url"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          disabled={file !== undefined}
        />
        <label htmlFor="image-caption">Caption</label>
        <input
          id="image-caption"
          type="text"
          value={caption}
          onChange={(e) => setCaption(e.target.value)}
        />
        <label htmlFor="image-credit">Credit</label>
        <input
          id="image-credit"
          type="text"
          value={credit}
          onChange={(e) => setCredit(e.target.value)}
        />
        <label htmlFor="image-alt">Description for screen readers</label>
        <input id="image-alt" type="text" value={alt} onChange={(e) => setAlt(e.target.value)} />
        <p role="alert" className="field-error">
          {error}
        </p>
        <div className="dialog-buttons">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" disabled={busy}>
            Insert
          </button>
        </div>
      </form>
    </dialog>
  );
}
