import { applyPatch, createPatch } from 'diff';
import { estimateWordChanges } from './compare';
import { parseContent, serializeContent } from './serialize';
import type { VersionContent } from './serialize';
import { sha256 } from './sha256';

/** Why a version was made. */
export const VERSION_EVENTS = [
  'created',
  'saved',
  'status',
  'import',
  'before-restore',
  'restored',
  'publish',
  'checkpoint',
] as const;

/** One reason a version exists. */
export type VersionEvent = (typeof VERSION_EVENTS)[number];

/** A version as written to history.jsonl: a full snapshot or a patch against its parent. */
export interface VersionEntry {
  readonly v: 1;
  readonly kind: 'version';
  readonly id: string;
  readonly parent: string | null;
  readonly time: string;
  readonly author: string;
  readonly name?: string;
  readonly event: VersionEvent;
  /** Free text for the event, e.g. "Published to Metro WordPress as post 42". */
  readonly detail?: string;
  /** SHA-256 of the version's canonical serialization. */
  readonly hash: string;
  readonly wordsAdded: number;
  readonly wordsRemoved: number;
  readonly snapshot?: string;
  readonly patch?: string;
  /** SHA-256 of this line without `check`: tells a torn or altered line from a good one. */
  readonly check: string;
}

/** Names (or renames) an earlier version without rewriting it. */
export interface LabelEntry {
  readonly v: 1;
  readonly kind: 'label';
  readonly target: string;
  readonly time: string;
  readonly author: string;
  readonly name: string;
  readonly check: string;
}

/** Any line of the log. */
export type LogEntry = VersionEntry | LabelEntry;

/** A line that could not be used, and what it means for the user. */
export interface LogProblem {
  readonly line: number;
  readonly message: string;
}

/** Snapshot at least this often along a chain, so no version needs more than N patches. */
export const SNAPSHOT_EVERY = 50;

/** Seals an entry: computes its check over everything else. */
export function seal<T extends Omit<LogEntry, 'check'>>(entry: T): T & { check: string } {
  return { ...entry, check: sha256(JSON.stringify(entry)) };
}

/** The JSONL line for an entry. */
export function entryLine(entry: LogEntry): string {
  return `${JSON.stringify(entry)}\n`;
}

/**
 * Parses history.jsonl, keeping every line whose check matches.
 *
 * A last line without its newline, or whose check does not match, is what a crash during an
 * append leaves: it is skipped and reported. A bad line in the middle is skipped too; the
 * versions before it are untouched.
 */
export function parseLog(text: string): {
  entries: LogEntry[];
  problems: LogProblem[];
  tornTail: boolean;
} {
  const entries: LogEntry[] = [];
  const problems: LogProblem[] = [];
  const lines = text.split('\n');
  // Every complete entry ends with a newline, so the last piece is '' unless an append was cut.
  const fragment = lines.pop() ?? '';
  const tornTail = fragment !== '';
  lines.forEach((line, index) => {
    if (line === '') return;
    let parsed: LogEntry | undefined;
    try {
      parsed = JSON.parse(line) as LogEntry;
    } catch {
      parsed = undefined;
    }
    const { check, ...rest } = parsed ?? { check: undefined };
    if (!parsed || typeof check !== 'string' || sha256(JSON.stringify(rest)) !== check) {
      problems.push({
        line: index + 1,
        message: `Version ${index + 1} in the history is damaged and was skipped; the versions before it are fine.`,
      });
      return;
    }
    entries.push(parsed);
  });
  if (tornTail) {
    problems.push({
      line: lines.length + 1,
      message:
        'The last version was cut short (Galley was probably closed while saving it) and was skipped.',
    });
  }
  return { entries, problems, tornTail };
}

/**
 * Reconstructs versions from a parsed log, lazily and with a cache.
 *
 * A version whose chain passes through a missing or corrupt entry is reported as unavailable;
 * every version that does not depend on it still opens.
 */
export class VersionIndex {
  private readonly byId = new Map<string, VersionEntry>();
  private readonly cache = new Map<string, string>();
  private readonly labels = new Map<string, string>();
  private readonly order: VersionEntry[] = [];

  public constructor(entries: ReadonlyArray<LogEntry>) {
    for (const entry of entries) this.add(entry);
  }

  /** Adds an entry already written to disk. */
  public add(entry: LogEntry, content?: string): void {
    if (entry.kind === 'label') {
      this.labels.set(entry.target, entry.name);
      return;
    }
    if (this.byId.has(entry.id)) return;
    this.byId.set(entry.id, entry);
    this.order.push(entry);
    if (content !== undefined) this.cache.set(entry.id, content);
  }

  /** Versions in the order they were made. */
  public get versions(): ReadonlyArray<VersionEntry> {
    return this.order;
  }

  /** The newest version. */
  public get last(): VersionEntry | undefined {
    return this.order[this.order.length - 1];
  }

  /** The current name of a version (labels override the name given at creation). */
  public nameOf(id: string): string | undefined {
    return this.labels.get(id) ?? this.byId.get(id)?.name;
  }

  /** The canonical text of a version, or undefined when its chain is broken. */
  public text(id: string): string | undefined {
    const cached = this.cache.get(id);
    if (cached !== undefined) return cached;
    // Walk back to the nearest snapshot (or cached text), then apply patches forward.
    const chain: VersionEntry[] = [];
    let cursor = this.byId.get(id);
    let base: string | undefined;
    while (cursor) {
      const known = this.cache.get(cursor.id);
      if (known !== undefined) {
        base = known;
        break;
      }
      chain.push(cursor);
      if (cursor.snapshot !== undefined) break;
      if (cursor.parent === null) return undefined;
      cursor = this.byId.get(cursor.parent);
      if (!cursor) return undefined;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      const entry = chain[i]!;
      let next: string | false;
      if (entry.snapshot !== undefined) next = entry.snapshot;
      else if (base !== undefined && entry.patch !== undefined)
        next = applyPatch(base, entry.patch);
      else return undefined;
      if (next === false || sha256(next) !== entry.hash) return undefined;
      this.cache.set(entry.id, next);
      base = next;
    }
    return base;
  }

  /** The content of a version, or undefined when it cannot be reconstructed. */
  public content(id: string): VersionContent | undefined {
    const text = this.text(id);
    return text === undefined ? undefined : parseContent(text);
  }

  /** How many patches separate a version from its nearest snapshot. */
  public depth(id: string): number {
    let depth = 0;
    let cursor = this.byId.get(id);
    while (cursor && cursor.snapshot === undefined && cursor.parent !== null) {
      depth++;
      cursor = this.byId.get(cursor.parent);
    }
    return depth;
  }
}

/** What a caller supplies for a new version. */
export interface NewVersion {
  readonly id: string;
  readonly time: string;
  readonly author: string;
  readonly event: VersionEvent;
  readonly name?: string;
  readonly detail?: string;
  /** Force a full snapshot (first version, or after damage was found). */
  readonly snapshot?: boolean;
  /** Word counts already estimated against the same parent (the autosave hook has them). */
  readonly changes?: { readonly wordsAdded: number; readonly wordsRemoved: number };
  /** The content's canonical text, when the caller has already serialized it. */
  readonly text?: string;
}

/** Changed lines beyond which a version is stored whole instead of as a patch. */
export const PATCH_MAX_LINES = 400;

// Counting new lines is linear; only a change small enough to be worth a patch is diffed,
// and jsdiff still gives up (undefined: store whole) if it finds more than the cap.
function smallPatch(parentText: string, text: string): string | undefined {
  const old = new Set(parentText.split('\n'));
  const lines = text.split('\n');
  // A quarter of the story new is a rewrite: stored whole, without diffing at all.
  const cap = Math.min(PATCH_MAX_LINES, Math.max(8, lines.length >> 2));
  let fresh = 0;
  for (const line of lines) if (!old.has(line) && ++fresh > cap) return undefined;
  return createPatch('story', parentText, text, '', '', {
    context: 0,
    maxEditLength: PATCH_MAX_LINES * 2,
  });
}

/**
 * Builds the entry for a new version on top of the index's newest version.
 *
 * Patches are against the parent's canonical text; every SNAPSHOT_EVERY entries, or when the
 * parent cannot be reconstructed, the full text is stored instead.
 */
export function buildVersion(
  index: VersionIndex,
  content: VersionContent,
  info: NewVersion,
): { entry: VersionEntry; text: string } {
  const text = info.text ?? serializeContent(content);
  const parent = index.last;
  const parentText = parent ? index.text(parent.id) : undefined;
  // Without a parent, everything counts as added. The counts are a linear-time estimate:
  // an exact word diff of a rewritten story is what used to stall saves for seconds.
  const { wordsAdded, wordsRemoved } =
    info.changes ??
    estimateWordChanges(
      parentText !== undefined ? parseContent(parentText) : { ...content, body: [] },
      content,
    );
  // A patch is only worth it for a small change; past PATCH_MAX_LINES changed lines (a
  // rewrite) jsdiff gives up early and the version is stored whole, which is also smaller.
  const patch =
    info.snapshot === true ||
    parent === undefined ||
    parentText === undefined ||
    index.depth(parent.id) + 1 >= SNAPSHOT_EVERY
      ? undefined
      : smallPatch(parentText, text);
  const base = {
    v: 1 as const,
    kind: 'version' as const,
    id: info.id,
    parent: parent?.id ?? null,
    time: info.time,
    author: info.author,
    ...(info.name ? { name: info.name } : {}),
    event: info.event,
    ...(info.detail ? { detail: info.detail } : {}),
    hash: sha256(text),
    wordsAdded,
    wordsRemoved,
  };
  const body = patch === undefined ? { snapshot: text } : { patch };
  return { entry: seal({ ...base, ...body }) as VersionEntry, text };
}
