import { defineConfig } from 'vitest/config';

// End-to-end in Firefox: the built add-on (.output/firefox-mv3) in Debian's Firefox ESR,
// driven over WebDriver BiDi. One Firefox per file, files one after another.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
