import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup-fast-check.ts'],
    // End-to-end tests start servers on 127.0.0.1; give slow CI machines room.
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
