import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
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

/** The browser the e2e tests drive, and why it was chosen. */
export interface ChosenChromium {
  readonly path: string;
  readonly why: string;
  /** Extra launch flags the browser needs (the npm Chromium brings its own). */
  readonly args: ReadonlyArray<string>;
}

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Finds a Chromium to drive, in order: GALLEY_CHROMIUM; a system Chromium (fastest to start;
 * hidden when GALLEY_NO_SYSTEM_CHROMIUM=1, which CI uses to prove the fallbacks); the Chromium
 * inside the npm package @sparticuz/chromium (Linux x64, unpacked on first use); Playwright's
 * managed browser, installed on first use where its download host is reachable.
 */
export async function findChromium(env: NodeJS.ProcessEnv = process.env): Promise<ChosenChromium> {
  const fromEnv = env['GALLEY_CHROMIUM'];
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`GALLEY_CHROMIUM points to ${fromEnv}, which does not exist.`);
    return { path: fromEnv, why: 'GALLEY_CHROMIUM is set', args: CHROMIUM_ARGS };
  }
  if (env['GALLEY_NO_SYSTEM_CHROMIUM'] !== '1') {
    const system = SYSTEM.find((candidate) => existsSync(candidate));
    if (system) return { path: system, why: 'system Chromium found', args: CHROMIUM_ARGS };
  }
  const none =
    env['GALLEY_NO_SYSTEM_CHROMIUM'] === '1'
      ? 'system Chromium hidden by GALLEY_NO_SYSTEM_CHROMIUM=1'
      : 'no system Chromium';
  if (process.platform === 'linux' && process.arch === 'x64') {
    try {
      const { default: packaged } = await import('@sparticuz/chromium');
      const path = await packaged.executablePath();
      if (path && existsSync(path))
        return {
          path,
          why: `${none}; using the Chromium inside the npm package @sparticuz/chromium`,
          args: [...new Set([...packaged.args, ...CHROMIUM_ARGS])].filter(
            (flag) => !flag.startsWith('--single-process') && !flag.startsWith('--headless'),
          ),
        };
    } catch {
      // Not installed or not runnable here: fall through to Playwright's managed browser.
    }
  }
  let managed = playwrightManaged();
  if (!managed || !existsSync(managed)) {
    spawnSync(process.execPath, ['node_modules/playwright-core/cli.js', 'install', 'chromium'], {
      stdio: 'inherit',
      timeout: 300_000,
    });
    managed = playwrightManaged();
  }
  if (managed && existsSync(managed))
    return {
      path: managed,
      why: `${none}, no npm Chromium; using Playwright's managed browser`,
      args: CHROMIUM_ARGS,
    };
  throw new Error(
    'No Chromium found for the browser tests, and Playwright could not download one. Install one: on Debian or Ubuntu `sudo apt-get install chromium`, ' +
      'or set GALLEY_CHROMIUM to a Chromium or Chrome executable.',
  );
}

function playwrightManaged(): string {
  try {
    return chromium.executablePath();
  } catch {
    return '';
  }
}
