import { defineConfig } from '@playwright/test';
import { findChromium } from './tests/helpers/chromium';

const browser = await findChromium();
// Said once, by the runner (workers load this file too).
if (process.env['TEST_WORKER_INDEX'] === undefined)
  process.stdout.write(`e2e browser: ${browser.path} (${browser.why})\n`);

// End-to-end tests drive the browser host (out/, built by `npm run build`) in Chromium.
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: browser.path, args: [...browser.args] },
    trace: 'retain-on-failure',
  },
});
