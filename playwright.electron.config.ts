import { defineConfig } from '@playwright/test';

// The Electron smoke suite: launches the real app through Playwright's _electron.
export default defineConfig({
  testDir: 'tests/electron',
  timeout: 90_000,
  workers: 1,
  reporter: [['list']],
});
