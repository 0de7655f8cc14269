// `npm run test:electron`: the Electron smoke suite, or a plain statement that it skipped.
import { spawnSync } from 'node:child_process';
import { electronAvailability } from './electron-availability.mjs';

const availability = electronAvailability();
if (!availability.ok) {
  process.stdout.write(
    `SKIPPED: the Electron smoke suite did not run, because ${availability.reason}.\n`,
  );
  process.stdout.write(
    'Run it on a machine with a display where Electron can start (its binary downloads on first use).\n',
  );
  process.exit(0);
}
const result = spawnSync('npx', ['playwright', 'test', '-c', 'playwright.electron.config.ts'], {
  stdio: 'inherit',
  env: { ...process.env, GALLEY_ELECTRON_BINARY: availability.binary },
});
process.exit(result.status ?? 1);
