import { createContext, useContext } from 'react';

/** What the leaves need to know to draw comment anchors: which threads are open, which active. */
export interface ReviewDisplay {
  readonly openComments: ReadonlySet<string>;
  readonly activeComment: string | undefined;
}

const EMPTY: ReviewDisplay = { openComments: new Set(), activeComment: undefined };

/** Provided by the story view; leaves read it to highlight open comments only. */
export const ReviewDisplayContext = createContext<ReviewDisplay>(EMPTY);

/** The comment display state for a leaf. */
export function useReviewDisplay(): ReviewDisplay {
  return useContext(ReviewDisplayContext);
}
