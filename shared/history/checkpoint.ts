/** Minutes of editing after which an automatic version is made. */
export const CHECKPOINT_MINUTES = 5;

/** Changed words after which an automatic version is made. */
export const CHECKPOINT_WORDS = 200;

/**
 * Whether an autosave should also record a checkpoint version.
 *
 * Autosave runs every second of typing; versions are made only every few minutes of editing
 * or every couple of hundred changed words, whichever comes first, and never for no change.
 */
export function checkpointDue(input: {
  readonly lastVersionTime: string | undefined;
  readonly now: Date;
  readonly changedWords: number;
  readonly contentChanged: boolean;
}): boolean {
  if (!input.contentChanged) return false;
  if (input.lastVersionTime === undefined) return true;
  if (input.changedWords >= CHECKPOINT_WORDS) return true;
  return input.now.getTime() - Date.parse(input.lastVersionTime) >= CHECKPOINT_MINUTES * 60_000;
}
