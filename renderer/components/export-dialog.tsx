import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReactElement } from 'react';
import { EXPORT_EXTENSIONS, EXPORT_FORMATS, exportStory } from '../../shared/export/formats';
import type { ExportFormat } from '../../shared/export/formats';
import type { Story } from '../../shared/story';

/** Props of the Export dialog. */
export interface ExportDialogProps {
  readonly story: Story;
  readonly onClose: () => void;
}

const LABELS: Readonly<Record<ExportFormat, string>> = {
  html: 'HTML',
  md: 'Markdown',
  txt: 'Plain text',
  nitf: 'NITF 3.6 (XML)',
  newsml: 'NewsML-G2 (XML)',
  ninjs: 'ninjs (JSON)',
};

const TYPES: Readonly<Record<ExportFormat, string>> = {
  html: 'text/html',
  md: 'text/markdown',
  txt: 'text/plain',
  nitf: 'application/xml',
  newsml: 'application/xml',
  ninjs: 'application/json',
};

/** Pick a format, preview it, save it to a file or copy it. Editor's notes never appear. */
export function ExportDialog({ story, onClose }: ExportDialogProps): ReactElement {
  const dialog = useRef<HTMLDialogElement>(null);
  const [format, setFormat] = useState<ExportFormat>('html');
  const [message, setMessage] = useState('');
  const output = useMemo(() => exportStory(story, format), [story, format]);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const save = (): void => {
    // A download: browsers save it to the downloads folder, Electron asks where with its
    // native save dialog.
    const url = URL.createObjectURL(new Blob([output], { type: `${TYPES[format]};charset=utf-8` }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${story.slug || 'story'}.${EXPORT_EXTENSIONS[format]}`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setMessage(`Saved ${link.download}.`);
  };

  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(output);
      setMessage(`Copied ${LABELS[format]} to the clipboard.`);
    } catch {
      setMessage('The clipboard is not available here; use Save to file instead.');
    }
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby="export-title"
      className="dialog export-dialog"
      onCancel={onClose}
    >
      <h2 id="export-title">Export story</h2>
      <fieldset>
        <legend>Format</legend>
        {EXPORT_FORMATS.map((f) => (
          <label key={f}>
            <input
              type="radio"
              name="export-format"
              value={f}
              checked={format === f}
              onChange={() => setFormat(f)}
            />{' '}
            {LABELS[f]}
          </label>
        ))}
      </fieldset>
      <label htmlFor="export-preview">Preview</label>
      <textarea id="export-preview" readOnly value={output} rows={14} />
      <p role="status">{message}</p>
      <div className="dialog-buttons">
        <button type="button" onClick={() => void copy()}>
          Copy to clipboard
        </button>
        <button type="button" onClick={save}>
          Save to file
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
