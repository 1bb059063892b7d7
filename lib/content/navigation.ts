import type { ContentScriptContext } from 'wxt/utils/content-script-context';

interface NavigationLike {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

export const POLL_MS = 250;

/**
 * Calls `onChange` when the page's URL or title changes without a page load.
 * Chromium: the Navigation API sees the page's own pushState/replaceState/back/forward
 * from this isolated world, synchronously after the URL changes. Elsewhere: popstate,
 * hashchange and a cheap string comparison on a timer.
 */
export function watchNavigation(ctx: ContentScriptContext, onChange: () => void): void {
  let lastHref = location.href;
  let lastTitle = document.title;
  const check = () => {
    if (location.href === lastHref && document.title === lastTitle) return;
    lastHref = location.href;
    lastTitle = document.title;
    onChange();
  };

  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  if (navigation) {
    navigation.addEventListener('currententrychange', check);
    ctx.onInvalidated(() => navigation.removeEventListener('currententrychange', check));
  } else {
    ctx.addEventListener(window, 'popstate', check);
    ctx.addEventListener(window, 'hashchange', check);
    ctx.setInterval(check, POLL_MS);
  }

  // SPAs set the title after the route changes; the record name comes from it.
  const titleObserver = new MutationObserver(check);
  titleObserver.observe(document.head ?? document.documentElement, { subtree: true, childList: true, characterData: true });
  ctx.onInvalidated(() => titleObserver.disconnect());
}
