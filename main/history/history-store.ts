import './native-hash';
import { randomBytes } from 'node:crypto';
import { copyFile, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { GalleyError } from '../../shared/api';
import type { VersionContent } from '../../shared/history/serialize';
import {
  buildVersion,
  entryLine,
  parseLog,
  seal,
  VersionIndex,
} from '../../shared/history/version-log';
import type {
  LabelEntry,
  LogEntry,
  LogProblem,
  NewVersion,
  VersionEntry,
} from '../../shared/history/version-log';
import { appendDurable, writeFileDurable } from '../durable-write';
import { describeWriteError, isMissing } from '../fs-errors';
import { decodeEntry, encodeEntry } from './entry-codec';

const HISTORY_FILE = 'history.jsonl';

interface Loaded {
  readonly size: number;
  readonly index: VersionIndex;
  readonly problems: ReadonlyArray<LogProblem>;
  readonly tornTail: boolean;
  readonly lineCount: number;
}

/** Makes a version id that sorts by time. */
export function makeVersionId(now: Date): string {
  return `v${now.getTime().toString(36)}${randomBytes(3).toString('hex')}`;
}

/**
 * The append-only version log of each story, `history.jsonl` next to `story.json`.
 *
 * Appends go to the end of the file and are fsynced before they are reported as saved. The
 * file is only ever rewritten to drop a torn last line, atomically and after a backup copy.
 */
export class HistoryStore {
  private readonly cache = new Map<string, Loaded>();

  public constructor(private readonly dirOf: (storyId: string) => string) {}

  private path(storyId: string): string {
    return join(this.dirOf(storyId), HISTORY_FILE);
  }

  /** Reads (or reuses) the parsed log of a story. */
  public async load(storyId: string): Promise<Loaded> {
    const path = this.path(storyId);
    let size = 0;
    try {
      size = (await stat(path)).size;
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
    const cached = this.cache.get(storyId);
    if (cached && cached.size === size) return cached;
    const text = size === 0 ? '' : await readFile(path, 'utf8');
    const parsed = parseLog(text);
    const { problems, tornTail } = parsed;
    const entries: LogEntry[] = [];
    const badPayload: LogProblem[] = [];
    parsed.entries.forEach((entry, i) => {
      try {
        entries.push(decodeEntry(entry));
      } catch {
        badPayload.push({
          line: i + 1,
          message: `Version ${i + 1} in the history is damaged and was skipped; the versions before it are fine.`,
        });
      }
    });
    const loaded: Loaded = {
      size: Buffer.byteLength(text),
      index: new VersionIndex(entries),
      problems: [...problems, ...badPayload],
      tornTail,
      lineCount: text.split('\n').length - 1,
    };
    this.cache.set(storyId, loaded);
    return loaded;
  }

  /** Appends a version and resolves only once it is durably on disk. */
  public async append(
    storyId: string,
    content: VersionContent,
    info: Omit<NewVersion, 'id' | 'snapshot' | 'time'> & { readonly now: Date },
  ): Promise<VersionEntry> {
    let loaded = await this.load(storyId);
    if (loaded.tornTail) loaded = await this.dropTornTail(storyId);
    // buildVersion stores a full snapshot whenever the newest version cannot be rebuilt, so a
    // damaged entry never becomes the base of new versions.
    const { now, ...rest } = info;
    const { entry, text } = buildVersion(loaded.index, content, {
      ...rest,
      time: now.toISOString(),
      id: makeVersionId(now),
    });
    const line = entryLine(await encodeEntry(entry));
    await this.appendLine(storyId, line);
    loaded.index.add(entry, text);
    this.cache.set(storyId, {
      ...loaded,
      size: loaded.size + Buffer.byteLength(line),
      lineCount: loaded.lineCount + 1,
    });
    return entry;
  }

  /** Names or renames a version by appending a label; the original entry is never touched. */
  public async label(
    storyId: string,
    target: string,
    name: string,
    author: string,
    now: Date,
  ): Promise<void> {
    const loaded = await this.load(storyId);
    if (!loaded.index.versions.some((v) => v.id === target))
      throw new GalleyError('not-found', 'That version is not in this story’s history.');
    const entry = seal<Omit<LabelEntry, 'check'>>({
      v: 1,
      kind: 'label',
      target,
      time: now.toISOString(),
      author,
      name,
    });
    const line = entryLine(entry as LabelEntry);
    await this.appendLine(storyId, line);
    loaded.index.add(entry as LabelEntry);
    this.cache.set(storyId, {
      ...loaded,
      size: loaded.size + Buffer.byteLength(line),
      lineCount: loaded.lineCount + 1,
    });
  }

  /** The content of a version, or a clear error when it cannot be rebuilt. */
  public async content(storyId: string, versionId: string): Promise<VersionContent> {
    const { index } = await this.load(storyId);
    if (!index.versions.some((v) => v.id === versionId))
      throw new GalleyError('not-found', 'That version is not in this story’s history.');
    const content = index.content(versionId);
    if (!content)
      throw new GalleyError(
        'damaged',
        'This version depends on a damaged part of the history and cannot be opened. Earlier versions still open.',
      );
    return content;
  }

  /** A version's canonical text (as `serializeContent` wrote it), if it can be rebuilt. */
  public async text(storyId: string, versionId: string): Promise<string | undefined> {
    return (await this.load(storyId)).index.text(versionId);
  }

  /** Hash of the newest version's text, to tell whether the story changed since. */
  public async lastHash(storyId: string): Promise<string | undefined> {
    return (await this.load(storyId)).index.last?.hash;
  }

  private async appendLine(storyId: string, line: string): Promise<void> {
    const path = this.path(storyId);
    try {
      await appendDurable(path, line);
    } catch (error) {
      this.cache.delete(storyId);
      throw describeWriteError(error, this.dirOf(storyId));
    }
  }

  // A crash mid-append leaves a partial last line; appending after it would glue the new entry
  // onto the fragment. Keep a backup, then atomically rewrite the log without the fragment.
  private async dropTornTail(storyId: string): Promise<Loaded> {
    const path = this.path(storyId);
    const text = await readFile(path, 'utf8');
    const cut = text.lastIndexOf('\n') + 1;
    await copyFile(path, `${path}.${Date.now()}.bak`);
    await writeFileDurable(path, text.slice(0, cut));
    this.cache.delete(storyId);
    const reloaded = await this.load(storyId);
    return reloaded;
  }
}
