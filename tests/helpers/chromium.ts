import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags that keep Chromium quiet on a machine with a closed network and no GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Finds a Chromium to drive: GALLEY_CHROMIUM, then Debian's /usr/bin/chromium, then a
 * browser Playwright manages. Throws with install instructions when there is none.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env['GALLEY_CHROMIUM'];
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`GALLEY_CHROMIUM points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  for (const candidate of [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ]) {
    if (existsSync(candidate)) return candidate;
  }
  let managed: string;
  try {
    managed = chromium.executablePath();
  } catch {
    managed = '';
  }
  if (managed && existsSync(managed)) return managed;
  throw new Error(
    'No Chromium found for the browser tests. Install one: on Debian or Ubuntu `sudo apt-get install chromium`, ' +
      'elsewhere `npx playwright install chromium`; or set GALLEY_CHROMIUM to a Chromium or Chrome executable.',
  );
}
