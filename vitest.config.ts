import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests run in Node (fake-indexeddb stands in for the browser's database); component
// tests (.test.tsx) and the few .test.ts files that read a DOM run in happy-dom.
const DOM_TESTS = ['tests/**/*.test.tsx', 'tests/crm/names.test.ts'];
const NOT_UNIT = ['tests/e2e/**', 'tests/e2e-firefox/**'];

export default defineConfig({
  plugins: [WxtVitest()],
  resolve: {
    alias: { react: 'preact/compat', 'react-dom': 'preact/compat' },
  },
  test: {
    setupFiles: ['fake-indexeddb/auto', './tests/setup.ts'],
    server: { deps: { inline: ['zustand'] } },
    projects: [
      { extends: true, test: { name: 'node', environment: 'node', include: ['tests/**/*.test.ts'], exclude: [...DOM_TESTS, ...NOT_UNIT] } },
      { extends: true, test: { name: 'dom', environment: 'happy-dom', include: DOM_TESTS, exclude: NOT_UNIT } },
    ],
  },
});
