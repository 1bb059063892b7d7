// Functions evaluated in the extension's service worker or pages use the browser's own `chrome`.
import type { browser } from 'wxt/browser';

declare global {
  const chrome: typeof browser;
}
