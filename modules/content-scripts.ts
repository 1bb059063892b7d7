import type { Plugin } from 'vite';
import { defineWxtModule } from 'wxt/modules';

const ENTRY = 'virtual:closeward-content-script?';
const RESOLVED = '\0' + ENTRY;

/**
 * The CRM content scripts, and the side panel's first-paint script, start their `main`
 * themselves. WXT's own start for an isolated-world
 * content script builds a ContentScriptContext first: it dispatches an event on the page's
 * `document` (the page can listen for it), adds its own listeners and ships some 3 KB that every
 * CRM page compiles. lib/content keeps what it needs of that itself (lib/content/presence.ts);
 * docs/decisions/019-own-content-script-start.md. WXT's start for an unlisted script brings its
 * plugins' code (some 7 KB) that the panel's first paint, which must be small, has no use for.
 */
export default defineWxtModule({
  name: 'closeward:content-scripts',
  setup(wxt) {
    wxt.hook('vite:build:extendConfig', (entrypoints, config) => {
      const [entrypoint] = entrypoints;
      if (entrypoints.length !== 1 || !entrypoint) return;
      const virtual =
        entrypoint.type === 'content-script' && entrypoint.options.world !== 'MAIN'
          ? 'virtual:wxt-content-script-isolated-world-entrypoint?'
          : entrypoint.type === 'unlisted-script'
            ? 'virtual:wxt-unlisted-script-entrypoint?'
            : undefined;
      if (!virtual) return;
      const lib = config.build?.lib;
      if (!lib || typeof lib.entry !== 'string' || !lib.entry.startsWith(virtual)) {
        throw new Error(`closeward:content-scripts: WXT no longer builds ${entrypoint.name} the way this module expects`);
      }
      // The entry exports nothing: WXT's footer that names the bundle's result would throw.
      if (!('globalName' in entrypoint.options) || entrypoint.options.globalName !== false)
        throw new Error(`closeward:content-scripts: ${entrypoint.name} needs globalName: false`);
      lib.entry = ENTRY + entrypoint.inputPath;
      config.plugins = [...(config.plugins ?? []), startsMain()];
    });
  },
});

/** The entry of a content or unlisted script's bundle: its definition's `main`, called once. */
function startsMain(): Plugin {
  return {
    name: 'closeward:content-script-entry',
    // Vite's library mode hands the entry over with the root in front of it.
    resolveId(id) {
      const at = id.indexOf(ENTRY);
      return at === -1 ? undefined : '\0' + id.slice(at);
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      return `import definition from ${JSON.stringify(id.slice(RESOLVED.length))};\ndefinition.main();\n`;
    },
  };
}
