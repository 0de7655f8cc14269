import { useLayoutEffect, useState } from 'react';
import type { ReactElement } from 'react';
import type { SuggestionSummary } from '../../shared/review/summary';
import { reviewTime } from './suggestions-panel';

/** Props of the suggestion popover. */
export interface SuggestionPopoverProps {
  readonly suggestion: SuggestionSummary;
  readonly onAccept: () => void;
  readonly onReject: () => void;
}

/** Author, time and what changed, with Accept and Reject: opens when the caret enters a suggestion. */
export function SuggestionPopover({
  suggestion,
  onAccept,
  onReject,
}: SuggestionPopoverProps): ReactElement {
  const [position, setPosition] = useState({ top: 0, left: 0 });
  useLayoutEffect(() => {
    const target = document.querySelector(`[data-suggestion-id="${CSS.escape(suggestion.id)}"]`);
    const rect = target?.getBoundingClientRect();
    if (rect)
      setPosition({
        top: Math.max(8, rect.top - 78),
        left: Math.max(8, Math.min(rect.left, window.innerWidth - 340)),
      });
  }, [suggestion]);
  return (
    <div
      role="dialog"
      aria-label={`Suggestion by ${suggestion.author}`}
      className="suggestion-popover"
      style={{ top: position.top, left: position.left }}
      onMouseDown={(event) => {
        // Keep the caret in the text: the popover acts on the suggestion under it.
        if ((event.target as HTMLElement).tagName === 'BUTTON') event.preventDefault();
      }}
    >
      <p className="review-meta">
        <strong>{suggestion.author}</strong>{' '}
        <time dateTime={suggestion.at}>{reviewTime(suggestion.at)}</time>
      </p>
      <p className="review-text">{suggestion.description}</p>
      <div className="review-actions">
        <button type="button" onClick={onAccept}>
          Accept
        </button>
        <button type="button" onClick={onReject}>
          Reject
        </button>
      </div>
    </div>
  );
}
