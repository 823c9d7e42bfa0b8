import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Files that replace a module with `vi.mock` (node:fs, the Slack signature check): they run with
 * a module graph of their own, so the replacement cannot reach another file's imports.
 */
const MOCKING = ['test/app/unreadable-store.test.ts', 'test/adapters/slack/warm-up.test.ts'];

export default defineConfig({
  test: {
    setupFiles: ['test/setup-fast-check.ts'],
    // End-to-end tests start servers on 127.0.0.1; give slow CI machines room.
    testTimeout: 20_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...MOCKING],
          // Every other file shares its worker's module graph: importing the core, the detection
          // data and the SDKs again for each of ~360 files took most of the suite's time (a run on
          // the 2-core machine: 4.9 min instead of about 8). No test file changes a module's state
          // in a way another file could see; the two that replace modules are isolated below.
          isolate: false,
        },
      },
      { extends: true, test: { name: 'isolated', include: MOCKING } },
    ],
  },
});
