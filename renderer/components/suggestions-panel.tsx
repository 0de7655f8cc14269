import { useMemo, useState } from 'react';
import type { ReactElement } from 'react';
import type { SuggestionSummary } from '../../shared/review/summary';
import type { ReviewAction, SuggestionPick } from '../../shared/review/resolve';

/** Props of the Suggestions panel. */
export interface SuggestionsPanelProps {
  readonly suggestions: ReadonlyArray<SuggestionSummary>;
  readonly onResolve: (pick: SuggestionPick, action: ReviewAction) => void;
  readonly onJump: (suggestion: SuggestionSummary) => void;
  readonly onStep: (direction: 1 | -1) => void;
  readonly onClose: () => void;
}

const KIND_NAMES: Readonly<Record<SuggestionSummary['kind'], string>> = {
  insertion: 'Insertion',
  deletion: 'Deletion',
  replacement: 'Replacement',
  format: 'Formatting',
  block: 'Paragraph change',
};

/** A reviewer's time stamp: "Nov 30, 14:05". */
export function reviewTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString('en-US', {
        month: 'short',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hour12: false,
      });
}

/** Open suggestions in story order, with accept/reject one, all, or all by one author. */
export function SuggestionsPanel({
  suggestions,
  onResolve,
  onJump,
  onStep,
  onClose,
}: SuggestionsPanelProps): ReactElement {
  const authors = useMemo(
    () => [...new Set(suggestions.map((s) => s.author))].sort(),
    [suggestions],
  );
  const [chosen, setChosen] = useState('');
  const author = authors.includes(chosen) ? chosen : (authors[0] ?? '');
  return (
    <aside className="side-panel suggestions-panel" aria-label="Suggestions">
      <div className="side-panel-head">
        <h2>Suggestions ({suggestions.length})</h2>
        <button type="button" onClick={onClose}>
          Close suggestions
        </button>
      </div>
      {suggestions.length === 0 ? (
        <p>No open suggestions.</p>
      ) : (
        <>
          <div className="review-actions" role="group" aria-label="Review all">
            <button type="button" onClick={() => onResolve(() => true, 'accept')}>
              Accept all
            </button>
            <button type="button" onClick={() => onResolve(() => true, 'reject')}>
              Reject all
            </button>
            <button type="button" aria-keyshortcuts="Shift+F8" onClick={() => onStep(-1)}>
              Previous suggestion
            </button>
            <button type="button" aria-keyshortcuts="F8" onClick={() => onStep(1)}>
              Next suggestion
            </button>
          </div>
          <div className="review-actions" role="group" aria-label="Review by author">
            <label>
              Author{' '}
              <select value={author} onChange={(e) => setChosen(e.target.value)}>
                {authors.map((name) => (
                  <option key={name}>{name}</option>
                ))}
              </select>
            </label>
            <button type="button" onClick={() => onResolve((m) => m.author === author, 'accept')}>
              Accept all by {author}
            </button>
            <button type="button" onClick={() => onResolve((m) => m.author === author, 'reject')}>
              Reject all by {author}
            </button>
          </div>
          <ol className="review-list">
            {suggestions.map((s) => (
              <li key={s.id}>
                <button type="button" className="review-item" onClick={() => onJump(s)}>
                  <span className="review-kind">{KIND_NAMES[s.kind]}</span>{' '}
                  <span className="review-author">{s.author}</span>{' '}
                  <time dateTime={s.at}>{reviewTime(s.at)}</time>
                  <span className="review-text">{s.description}</span>
                </button>
                <span className="review-item-actions">
                  <button
                    type="button"
                    aria-label={`Accept: ${s.description}`}
                    onClick={() => onResolve((m) => m.id === s.id, 'accept')}
                  >
                    Accept
                  </button>
                  <button
                    type="button"
                    aria-label={`Reject: ${s.description}`}
                    onClick={() => onResolve((m) => m.id === s.id, 'reject')}
                  >
                    Reject
                  </button>
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </aside>
  );
}
