import Store from 'electron-store';
import { SETTINGS_JSON_SCHEMA } from '../../shared/settings';
import type { Settings } from '../../shared/settings';
import { wrapStore } from '../settings/settings-store';
import type { SettingsStore } from '../settings/settings-store';

/** Settings under Electron, in the app's user-data folder; same schema as the conf store. */
export function createElectronSettings(): SettingsStore {
  const store = new Store<Settings>({ name: 'settings', schema: SETTINGS_JSON_SCHEMA });
  return wrapStore(store);
}
