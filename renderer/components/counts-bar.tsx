import type { ReactElement } from 'react';
import { budgetState, describeBudget } from '../../shared/counts';
import type { BodyCounts } from '../../shared/counts';

/** Props of the counts bar. */
export interface CountsBarProps {
  readonly counts: BodyCounts;
  readonly budget: number;
}

/** Words, characters and reading time, with an InCopy-style budget indicator (text and color). */
export function CountsBar({ counts, budget }: CountsBarProps): ReactElement {
  const state = budgetState(counts.words, budget);
  return (
    <div className="counts" aria-label="Counts" role="group">
      <span className="word-count" aria-label="Word count">
        {counts.words === 1 ? '1 word' : `${counts.words.toLocaleString('en-US')} words`}
        {budget > 0 ? ` of ${budget.toLocaleString('en-US')}` : ''}
      </span>
      <span aria-label="Character count">
        {counts.characters.toLocaleString('en-US')} characters
      </span>
      <span aria-label="Reading time">
        {counts.readingMinutes < 1 ? 'under 1 min read' : `${counts.readingMinutes} min read`}
      </span>
      {state.kind !== 'none' ? (
        <span className={`budget budget-${state.kind}`} aria-label="Budget">
          <span aria-hidden="true">
            {state.kind === 'over' ? '▲ ' : state.kind === 'under' ? '▼ ' : '● '}
          </span>
          {describeBudget(state)}
        </span>
      ) : null}
    </div>
  );
}
