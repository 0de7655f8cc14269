/** The side panels of the story view: only one is open at a time, beside the text. */
export type SidePanel = 'details' | 'history' | 'findings' | 'suggestions' | 'comments';

const DETAILS_KEY = 'galley.details-panel';

/** Whether this user left the Details panel open (it is, the first time). */
export function detailsRemembered(): boolean {
  try {
    return localStorage.getItem(DETAILS_KEY) !== 'closed';
  } catch {
    return true;
  }
}

/** Remembers the Details panel's state for the next story and the next session. */
export function rememberDetails(open: boolean): void {
  try {
    localStorage.setItem(DETAILS_KEY, open ? 'open' : 'closed');
  } catch {
    // Storage refused (private mode): the panel simply opens next time.
  }
}
