import { defineConfig } from 'vitest/config'

// `npm run test:e2e`: the dashboard example in headless Chromium (test/e2e/). Kept out of
// `npm run unit`, whose include (test/**/*.test.ts) does not match *.e2e.ts.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
