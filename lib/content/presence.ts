import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Whether a live Closeward content script runs in a tab. The flag sits on the global of the
 * extension's isolated world, which the CRM page's scripts cannot see.
 */
type Flagged = typeof globalThis & { closewardContentScript?: boolean };

export function markRunning(ctx: ContentScriptContext): void {
  (globalThis as Flagged).closewardContentScript = true;
  ctx.onInvalidated(() => {
    (globalThis as Flagged).closewardContentScript = false;
  });
}

/**
 * Run by `scripting.executeScript` in the tab's isolated world. The browser serializes the
 * function's source, so it names the flag itself instead of closing over anything.
 */
export function contentScriptRuns(): boolean {
  return (globalThis as Flagged).closewardContentScript === true;
}
