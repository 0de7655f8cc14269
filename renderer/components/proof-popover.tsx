import { useLayoutEffect, useRef, useState } from 'react';
import type { ReactElement } from 'react';
import type { Editor } from 'slate';
import { ReactEditor } from 'slate-react';
import type { PlacedFinding } from '../proofing/proof-targets';

/** Props of the suggestion popover. */
export interface ProofPopoverProps {
  readonly editor: Editor;
  readonly placed: PlacedFinding;
  readonly focusFirst: boolean;
  readonly onApply: (placed: PlacedFinding, suggestion: string) => void;
  readonly onAdd: (placed: PlacedFinding) => void;
  readonly onIgnore: (placed: PlacedFinding) => void;
  readonly onClose: () => void;
}

const KIND_NAMES: Record<string, string> = {
  spelling: 'Spelling',
  name: 'Name or place',
  consistency: 'Consistency',
  repeat: 'Repeated word',
  article: 'Article',
  style: 'House style',
  punctuation: 'Punctuation',
  boilerplate: 'Scraped boilerplate',
  hint: 'Unknown name',
};

/**
 * The popover for one finding: its message, suggestions (click or Enter applies), Add to
 * dictionary and Ignore. Opens on hover, when the cursor enters the finding, or with F7.
 */
export function ProofPopover({
  editor,
  placed,
  focusFirst,
  onApply,
  onAdd,
  onIgnore,
  onClose,
}: ProofPopoverProps): ReactElement {
  const box = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number }>({ top: 0, left: 0 });
  const { finding } = placed;

  useLayoutEffect(() => {
    if (placed.range) {
      try {
        const rect = ReactEditor.toDOMRange(editor, placed.range).getBoundingClientRect();
        setPosition({
          top: rect.bottom + 6,
          left: Math.max(8, Math.min(rect.left, window.innerWidth - 360)),
        });
      } catch {
        setPosition({ top: 80, left: 80 });
      }
    }
    if (focusFirst) box.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [editor, placed, focusFirst]);

  const canAdd =
    finding.kind === 'hint' ||
    finding.kind === 'spelling' ||
    finding.kind === 'consistency' ||
    finding.kind === 'name';
  return (
    <div
      ref={box}
      role="dialog"
      aria-label={`${KIND_NAMES[finding.kind] ?? finding.kind}: ${finding.text}`}
      className={`proof-popover proof-popover-${finding.kind}`}
      style={{ top: position.top, left: position.left }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
          ReactEditor.focus(editor);
        }
      }}
      onMouseDown={(event) => {
        if ((event.target as HTMLElement).tagName === 'BUTTON') event.preventDefault();
      }}
    >
      <p className="proof-kind">{KIND_NAMES[finding.kind] ?? finding.kind}</p>
      <p className="proof-message">{finding.message}</p>
      {finding.suggestions.length > 0 ? (
        <div className="proof-suggestions" role="group" aria-label="Suggestions">
          {finding.suggestions.slice(0, 5).map((suggestion) => (
            <button key={suggestion} type="button" onClick={() => onApply(placed, suggestion)}>
              {finding.kind === 'boilerplate'
                ? 'Delete this line'
                : suggestion.trim() === ''
                  ? '(one space)'
                  : suggestion}
            </button>
          ))}
        </div>
      ) : null}
      <div className="proof-actions">
        {canAdd ? (
          <button type="button" onClick={() => onAdd(placed)}>
            Add to dictionary
          </button>
        ) : null}
        <button type="button" onClick={() => onIgnore(placed)}>
          Ignore
        </button>
      </div>
    </div>
  );
}
