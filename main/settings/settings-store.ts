import { describeWriteError } from '../fs-errors';
import type { Settings, SettingsPatch } from '../../shared/settings';

/** What the services need from settings, whichever library stores them. */
export interface SettingsStore {
  get(): Settings;
  update(patch: SettingsPatch): Settings;
}

/** The minimal surface conf and electron-store share. */
export interface KeyValueStore {
  get(key: keyof Settings): unknown;
  set(key: keyof Settings, value: unknown): void;
}

/** Wraps a conf or electron-store instance; both validate with the same JSON schema. */
export function wrapStore(store: KeyValueStore): SettingsStore {
  const read = (): Settings => {
    const words = store.get('newsroomWords');
    return {
      authorName: String(store.get('authorName') ?? ''),
      libraryPath: String(store.get('libraryPath') ?? ''),
      newsroomWords: Array.isArray(words)
        ? words.filter((w): w is string => typeof w === 'string')
        : [],
      cmsProfiles: Array.isArray(store.get('cmsProfiles'))
        ? (store.get('cmsProfiles') as Settings['cmsProfiles'])
        : [],
    };
  };
  return {
    get: read,
    update(patch) {
      // conf and electron-store write the whole file per key through a temp file and rename;
      // a failure (a full disk) leaves the previous settings file and is told in plain words.
      try {
        for (const [key, value] of Object.entries(patch) as [keyof Settings, unknown][]) {
          if (value !== undefined) store.set(key, Array.isArray(value) ? [...value] : value);
        }
      } catch (error) {
        throw describeWriteError(error, 'the settings file');
      }
      return read();
    },
  };
}
