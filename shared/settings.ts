import { z } from 'zod';
import { cmsProfileSchema } from './cms';
import type { CmsProfile } from './cms';

/** User settings shared by every story. */
export interface Settings {
  /** Name recorded as the author of versions and used as the default byline. */
  readonly authorName: string;
  /** Library folder; empty means the default (~/Documents/Galley). */
  readonly libraryPath: string;
  /** Words and names the desk added ("Add to dictionary"), shared by all stories. */
  readonly newsroomWords: ReadonlyArray<string>;
  /** Publishing targets (secrets are stored apart). */
  readonly cmsProfiles: ReadonlyArray<CmsProfile>;
}

/** Values a fresh install starts with. */
export const DEFAULT_SETTINGS: Settings = {
  authorName: '',
  libraryPath: '',
  newsroomWords: [],
  cmsProfiles: [],
};

/**
 * The settings schema in JSON Schema form.
 *
 * electron-store and conf both validate with JSON Schema (ajv), so the one object below is
 * handed to whichever store the host uses; the zod schema validates patches from the UI.
 */
export const SETTINGS_JSON_SCHEMA = {
  authorName: { type: 'string', maxLength: 200, default: '' },
  libraryPath: { type: 'string', maxLength: 4096, default: '' },
  newsroomWords: {
    type: 'array',
    items: { type: 'string', maxLength: 100 },
    maxItems: 20000,
    default: [],
  },
  cmsProfiles: { type: 'array', items: { type: 'object' }, maxItems: 50, default: [] },
} as const;

/** A partial update of the settings, as the UI sends it. */
export const settingsPatchSchema = z
  .object({
    authorName: z.string().max(200).optional(),
    libraryPath: z.string().max(4096).optional(),
    newsroomWords: z.array(z.string().min(1).max(100)).max(20_000).readonly().optional(),
    cmsProfiles: z.array(cmsProfileSchema).max(50).readonly().optional(),
  })
  .strict();

/** A validated settings patch. */
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;
