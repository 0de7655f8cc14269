import { z } from 'zod';
import { settingsPatchSchema } from './settings';
import type { Settings } from './settings';
import { storyIdSchema, storySchema } from './story';
import type { DamagedStory, Story, StorySummary } from './story';

/** The library listing: stories that open, and folders that could not be read. */
export interface LibraryListing {
  readonly root: string;
  readonly stories: ReadonlyArray<StorySummary>;
  readonly damaged: ReadonlyArray<DamagedStory>;
}

/** Largest import Galley accepts, in UTF-16 code units (about 10 MB of text). */
export const MAX_IMPORT_CHARS = 10_000_000;

/**
 * Argument schemas, one per operation.
 *
 * Every operation takes exactly one object, validated here before any service runs, in both
 * the Electron IPC wrapper and the browser host. `.strict()` rejects unknown keys so a typo in
 * the UI fails loudly instead of being ignored.
 */
export const apiArgs = {
  listStories: z.object({}).strict(),
  listTrash: z.object({}).strict(),
  createStory: z.object({ headline: z.string().max(2_000).optional() }).strict(),
  openStory: z.object({ id: storyIdSchema }).strict(),
  saveStory: z.object({ story: storySchema }).strict(),
  renameStory: z
    .object({
      id: storyIdSchema,
      headline: z.string().min(1, 'A headline is needed').max(2_000),
      slug: z.string().max(200).optional(),
    })
    .strict(),
  deleteStory: z.object({ id: storyIdSchema }).strict(),
  restoreStory: z.object({ id: storyIdSchema }).strict(),
  importStory: z
    .object({
      fileName: z.string().min(1).max(500),
      text: z.string().max(MAX_IMPORT_CHARS, 'The file is larger than 10 MB of text'),
    })
    .strict(),
  getSettings: z.object({}).strict(),
  updateSettings: z.object({ patch: settingsPatchSchema }).strict(),
} as const;

/** Result type of each operation. */
export interface ApiResults {
  listStories: LibraryListing;
  listTrash: ReadonlyArray<StorySummary>;
  createStory: Story;
  openStory: Story;
  saveStory: { readonly updatedAt: string };
  renameStory: Story;
  deleteStory: { readonly trashed: string };
  restoreStory: StorySummary;
  importStory: Story;
  getSettings: Settings;
  updateSettings: Settings;
}

/** The name of one operation. */
export type ApiName = keyof typeof apiArgs;

/** The validated argument object of an operation. */
export type ApiArgs<K extends ApiName> = z.infer<(typeof apiArgs)[K]>;

/** What an operation resolves to. */
export type ApiResult<K extends ApiName> = ApiResults[K];

/** The services both hosts serve: one async function per operation. */
export type ApiHandlers = { readonly [K in ApiName]: (args: ApiArgs<K>) => Promise<ApiResult<K>> };

/** The typed client the renderer calls; identical in shape to the handlers. */
export type GalleyApi = ApiHandlers;

/** Every operation name, for hosts that register one handler per name. */
export const API_NAMES = Object.keys(apiArgs) as ApiName[];

/** Error codes a caller can act on. */
export type ApiErrorCode =
  'bad-request' | 'not-found' | 'damaged' | 'unwritable' | 'disk-full' | 'forbidden' | 'internal';

/** A failure as it crosses the process boundary: a code and a sentence for a copy editor. */
export interface ApiError {
  readonly code: ApiErrorCode;
  readonly message: string;
}

/** The envelope both transports carry, so errors keep their code and wording. */
export type ApiResponse<T> =
  { readonly ok: true; readonly result: T } | { readonly ok: false; readonly error: ApiError };

/** Commands the native menu sends to the window. */
export const MENU_COMMANDS = ['new-story', 'import', 'save-version'] as const;

/** One menu command. */
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** The error thrown by services: carries a code the UI can act on. */
export class GalleyError extends Error {
  public constructor(
    public readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'GalleyError';
  }
}

/**
 * Validates arguments for an operation, turning zod's report into one readable sentence.
 *
 * Throws a `GalleyError` with code `bad-request`; both hosts call this before any service.
 */
export function parseApiArgs<K extends ApiName>(name: K, args: unknown): ApiArgs<K> {
  const schema = apiArgs[name] as unknown as z.ZodType<ApiArgs<K>>;
  const parsed = schema.safeParse(args ?? {});
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  const where = first && first.path.length > 0 ? ` (${first.path.join('.')})` : '';
  throw new GalleyError(
    'bad-request',
    `Invalid request to ${name}${where}: ${first?.message ?? 'bad arguments'}`,
  );
}

/** True when `name` is one of the contract's operations. */
export function isApiName(name: unknown): name is ApiName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(apiArgs, name);
}

/** Turns any thrown value into the envelope's error, never leaking a stack trace to the UI. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof GalleyError) return { code: error.code, message: error.message };
  return {
    code: 'internal',
    message: 'Something went wrong inside Galley. Details are in the log.',
  };
}

/** What the Electron preload exposes as `window.galley`: a channel, not a service. */
export interface GalleyBridge {
  invoke(name: string, args: unknown): Promise<unknown>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
