import Conf from 'conf';
import { SETTINGS_JSON_SCHEMA } from '../../shared/settings';
import type { Settings } from '../../shared/settings';
import { wrapStore } from './settings-store';
import type { SettingsStore } from './settings-store';

/**
 * Settings for the browser host and the command line, through `conf`.
 *
 * electron-store is built on conf, so both read the same schema; `cwd` lets tests and
 * GALLEY_CONFIG_DIR keep settings away from the user's real ones.
 */
export function createConfSettings(cwd?: string): SettingsStore {
  const conf = new Conf<Settings>({
    projectName: 'galley',
    projectSuffix: '',
    configName: 'settings',
    schema: SETTINGS_JSON_SCHEMA,
    ...(cwd ? { cwd } : {}),
  });
  return wrapStore(conf);
}
