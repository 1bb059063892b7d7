// Functions evaluated in the extension's service worker or pages use the browser's own `chrome`.
declare global {
  const chrome: typeof import('wxt/browser').browser;
}
export {};
