import { defineConfig } from 'wxt';
import { crmMatchPatterns } from './lib/crm/manifest';

const matches = crmMatchPatterns();

// https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  vite: () => ({
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: { sourcemap: false },
  }),
  zip: { excludeSources: ['**/*.pem', '.tmp/**', 'bench/**'] },
  manifest: ({ browser }) => ({
    name: 'Closeward',
    description: 'Qualification checklist, next micro-conversion and note to future self beside your CRM record. Local only.',
    permissions: ['storage'],
    host_permissions: matches,
    web_accessible_resources: [{ resources: ['sidebar.html'], matches }],
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Show or collapse the Closeward sidebar',
      },
    },
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'closeward@closeward.app', strict_min_version: '128.0' } } }
      : {}),
  }),
});
