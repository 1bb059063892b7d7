import { defineConfig } from 'wxt';
import { crmMatchPatterns } from './lib/crm/manifest';

const matches = crmMatchPatterns();

// https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  // Manifest V3 for Firefox too (WXT's Firefox default is V2): docs/decisions/001-firefox-manifest-version.md.
  manifestVersion: 3,
  vite: () => ({
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: { sourcemap: false },
  }),
  zip: { excludeSources: ['**/*.pem', '.tmp/**', 'bench/**'] },
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Closeward',
    description: 'Qualification checklist, next micro-conversion and note to future self beside your CRM record. Local only.',
    // Drawn in assets/icon.svg, rendered to PNG at build time (modules/icons.ts).
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    // Dimmed until the tab shows a record (the background sets the full-colour icon per tab).
    action: {
      default_icon: { 16: 'icon/dim-16.png', 32: 'icon/dim-32.png' },
      default_title: 'Closeward',
      // Firefox puts a new add-on's button in the Extensions menu unless told otherwise.
      ...(browser === 'firefox' ? { default_area: 'navbar' } : {}),
    },
    // unlimitedStorage: the browser keeps the rep's data under storage pressure (docs/decisions).
    // alarms: the badge's recount at the day's turn and the reminder.
    permissions: ['storage', 'scripting', 'unlimitedStorage', 'alarms'],
    host_permissions: matches,
    // Custom and self-hosted CRM domains: asked for one by one in the options page.
    ...(manifestVersion === 2
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'], optional_permissions: ['notifications', 'downloads'] }),
    // No page of ours is web-accessible: a CRM page can neither frame nor load any of them.
    commands:
      browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+K' }, description: 'Open or close the Closeward sidebar' } }
        : { 'toggle-panel': { suggested_key: { default: 'Alt+Shift+K' }, description: 'Open or close the Closeward side panel' } },
    // sidePanel.open() in answer to the keyboard command.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '116' }),
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              // Stable: addons.mozilla.org and every installed copy know the add-on by it.
              id: 'closeward@closeward.app',
              // The first release in which desktop and Android both read
              // data_collection_permissions; the current ESR (153) is above it (see the decision).
              strict_min_version: '142.0',
              // Closeward sends nothing anywhere.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
