// Decides whether the Electron shell can start on this machine, and says why not when it
// cannot, so `npm start` and `npm run test:electron` can fall back or skip honestly.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Returns `{ ok: true, binary }` or `{ ok: false, reason }`.
 *
 * Electron 42+ fetches its binary on first use; where its release host is unreachable that
 * fails, and this check turns the failure into one readable sentence.
 */
export function electronAvailability(env = process.env) {
  if (env.GALLEY_FORCE_BROWSER === '1')
    return { ok: false, reason: 'GALLEY_FORCE_BROWSER=1 is set' };
  if (process.platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return { ok: false, reason: 'there is no display (DISPLAY and WAYLAND_DISPLAY are unset)' };
  }
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], {
    encoding: 'utf8',
    timeout: 180_000,
  });
  const binary = probe.stdout?.trim();
  if (probe.status !== 0 || !binary || !existsSync(binary)) {
    const detail =
      (probe.stderr || '').split('\n').find((line) => line.startsWith('Error')) ?? 'unknown error';
    return {
      ok: false,
      reason: `the Electron binary is missing and could not be downloaded (${detail.trim()})`,
    };
  }
  return { ok: true, binary };
}
