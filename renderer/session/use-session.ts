import { createContext, useContext, useSyncExternalStore } from 'react';
import type { SessionState, StorySession } from './story-session';

/** The window's one session, provided by App. */
export const SessionContext = createContext<StorySession | undefined>(undefined);

/** The session, for its methods. */
export function useSession(): StorySession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside the SessionContext provider');
  return session;
}

/**
 * A part of the session's state; the view re-renders only when that part changes (pick a
 * field, not a new object, so the comparison is by identity).
 */
export function useSessionState<T>(pick: (state: SessionState) => T): T {
  const session = useSession();
  return useSyncExternalStore(session.subscribe, () => pick(session.getState()));
}
