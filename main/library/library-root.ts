import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';

/**
 * Picks the library folder: GALLEY_LIBRARY first (tests, scripted setups), then the
 * folder chosen in settings, then ~/Documents/Galley.
 */
export function resolveLibraryRoot(
  env: NodeJS.ProcessEnv,
  settingsPath: string,
  home = homedir(),
): string {
  const fromEnv = env['GALLEY_LIBRARY']?.trim();
  if (fromEnv) return resolve(fromEnv);
  const fromSettings = settingsPath.trim();
  if (fromSettings && isAbsolute(fromSettings)) return fromSettings;
  return join(home, 'Documents', 'Galley');
}
