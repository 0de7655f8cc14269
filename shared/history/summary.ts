import type { VersionEvent } from './version-log';

/** A version as the History panel lists it. */
export interface VersionSummary {
  readonly id: string;
  readonly time: string;
  readonly author: string;
  readonly name: string;
  readonly event: VersionEvent;
  readonly detail: string;
  readonly wordsAdded: number;
  readonly wordsRemoved: number;
}

/** A story's history: versions newest first, and any damage found while reading it. */
export interface HistoryListing {
  readonly versions: ReadonlyArray<VersionSummary>;
  readonly problems: ReadonlyArray<string>;
}
