import { defineConfig } from 'vitest/config';

// `npm run test:faults`: the fault suite (kills, full disk, concurrent writers, forged history,
// hostile files, host limits), ending with a table of faults tried and words lost.
export default defineConfig({
  test: {
    include: [
      'tests/faults/**/*.test.ts',
      'tests/unit/library/kill-during-save.test.ts',
      'tests/unit/history/kill-during-append.test.ts',
    ],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 30_000,
    globalSetup: ['tests/faults/global-setup.ts'],
    fileParallelism: false,
  },
});
