import type { Story } from '../shared/story';

/** What the save indicator shows. */
export type SaveState =
  | { readonly kind: 'saved' }
  | { readonly kind: 'pending' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'failed'; readonly reason: string }
  | { readonly kind: 'conflict'; readonly reason: string };

/** What the autosaver needs from its host. */
export interface AutosaveHooks {
  /** Saves `story`, based on revision `base` (the update time the host last confirmed). */
  readonly save: (story: Story, base: string) => Promise<{ readonly updatedAt: string }>;
  readonly onState: (state: SaveState) => void;
  readonly onSaved?: (story: Story) => void;
  readonly delayMs?: number;
}

const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 30_000;

/**
 * Saves a story about a second after typing stops, one save at a time.
 *
 * A failed save keeps the text in memory, reports the reason and retries with a growing
 * delay; a change made while a save is in flight is saved right after it, so the last word
 * typed is always the last word written.
 */
export class Autosaver {
  private latest: Story;
  private saved: Story;
  private inFlight: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retryMs = FIRST_RETRY_MS;
  private failed = false;
  private conflicted = false;
  private disposed = false;
  private base: string;

  public constructor(
    story: Story,
    private readonly hooks: AutosaveHooks,
  ) {
    this.latest = story;
    this.saved = story;
    this.base = story.updatedAt;
  }

  /** The revision the next save is based on. */
  public get revision(): string {
    return this.base;
  }

  /**
   * Accepts a revision written by this window outside the autosaver (publishing records the
   * post in the story), so the next save is not mistaken for a stale one.
   */
  public rebase(revision: string): void {
    this.base = revision;
  }

  /**
   * Leaves the conflict state after the user chose: `revision` is the newer file's, and the
   * next save (of `story`, if given) is based on it.
   */
  public resolveConflict(revision: string, story?: Story): void {
    this.base = revision;
    this.conflicted = false;
    this.failed = false;
    this.retryMs = FIRST_RETRY_MS;
    if (story) {
      this.latest = story;
      this.saved = story;
    }
    this.hooks.onState({ kind: 'saved' });
  }

  /** The newest version of the story the user has produced. */
  public get current(): Story {
    return this.latest;
  }

  /** True while there are changes not yet on disk. */
  public get dirty(): boolean {
    return this.latest !== this.saved;
  }

  /** Records a change and restarts the quiet-time timer. */
  public change(story: Story): void {
    // A closed story (another opened, a version restored over it) takes no more edits: a late
    // change from the view being torn down must not write over the text that replaced it.
    if (story === this.latest || this.disposed) return;
    this.latest = story;
    // In a conflict nothing is written until the user chooses; the text stays in memory.
    if (this.conflicted) return;
    if (!this.failed) this.hooks.onState({ kind: 'pending' });
    this.schedule(this.hooks.delayMs ?? 1_000);
  }

  /** Saves now (Ctrl+S, switching stories) and resolves once the newest text is written or failed. */
  public async flush(): Promise<void> {
    this.clearTimer();
    await this.run();
  }

  /** Stops timers; call when the story closes (after `flush`). */
  public dispose(): void {
    this.disposed = true;
    this.clearTimer();
  }

  private schedule(ms: number): void {
    if (this.disposed) return;
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async run(): Promise<void> {
    while (this.inFlight) await this.inFlight;
    if (!this.dirty || this.conflicted) return;
    const snapshot = this.latest;
    this.hooks.onState({ kind: 'saving' });
    const attempt = this.attempt(snapshot);
    this.inFlight = attempt;
    try {
      await attempt;
    } finally {
      this.inFlight = undefined;
    }
  }

  private async attempt(snapshot: Story): Promise<void> {
    try {
      const { updatedAt } = await this.hooks.save(snapshot, this.base);
      this.base = updatedAt;
      this.saved = snapshot;
      this.failed = false;
      this.retryMs = FIRST_RETRY_MS;
      this.hooks.onSaved?.({ ...snapshot, updatedAt });
      if (this.latest === snapshot) this.hooks.onState({ kind: 'saved' });
      else this.schedule(this.hooks.delayMs ?? 1_000);
    } catch (error) {
      if ((error as { code?: unknown } | undefined)?.code === 'conflict') {
        this.conflicted = true;
        this.hooks.onState({
          kind: 'conflict',
          reason: 'This story was changed in another window.',
        });
        return;
      }
      this.failed = true;
      this.hooks.onState({
        kind: 'failed',
        reason: error instanceof Error ? error.message : String(error),
      });
      this.schedule(this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
    }
  }
}

/** The indicator's words: "Saving…", "Saved", or "Not saved: <reason>". */
export function describeSaveState(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return 'Saved';
    case 'pending':
    case 'saving':
      return 'Saving…';
    case 'failed':
      return `Not saved: ${lowerFirst(state.reason)}`;
    case 'conflict':
      return `Not saved: ${lowerFirst(state.reason)}`;
  }
}

// "Not saved: the disk is full…" reads as one sentence; acronyms ("URL …") keep their case.
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}
