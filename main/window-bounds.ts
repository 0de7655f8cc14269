/** A window's place on screen. */
export interface Bounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** What Galley remembers about its window between sessions. */
export interface WindowState {
  readonly bounds?: Bounds;
  readonly maximized?: boolean;
}

/** A story opened recently, for File → Open Recent. */
export interface RecentStory {
  readonly id: string;
  readonly headline: string;
}

/** Files Galley opens from the command line or the OS (the formats Import accepts). */
export function isOpenableFile(path: string): boolean {
  return /\.(txt|md|markdown|html?)$/i.test(path);
}

/**
 * The saved bounds if they still fit on one of the screens (a monitor may have been unplugged
 * since), otherwise undefined so the window opens at its default place.
 */
export function restorableBounds(
  saved: Bounds | undefined,
  screens: ReadonlyArray<Bounds>,
): Bounds | undefined {
  if (!saved || saved.width < 400 || saved.height < 300) return undefined;
  const visible = screens.some(
    (s) =>
      saved.x + 100 <= s.x + s.width &&
      saved.x + saved.width - 100 >= s.x &&
      saved.y >= s.y - 10 &&
      saved.y + 50 <= s.y + s.height,
  );
  return visible ? saved : undefined;
}

/** Puts a story at the top of the recent list (ten at most, no repeats). */
export function pushRecent(list: ReadonlyArray<RecentStory>, story: RecentStory): RecentStory[] {
  return [story, ...list.filter((s) => s.id !== story.id)].slice(0, 10);
}
