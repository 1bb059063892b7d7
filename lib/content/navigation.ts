interface NavigateEventLike extends Event {
  destination?: { url: string; sameDocument: boolean };
}
interface NavigationLike {
  addEventListener(type: string, listener: (event: NavigateEventLike) => void, options?: AddEventListenerOptions): void;
}

export const POLL_MS = 250;

/**
 * Calls `onChange(url)` when the page's URL or title changes without a page load, until
 * `signal` aborts.
 * Chromium: the Navigation API's `navigate` event fires inside the page's own pushState /
 * replaceState / back / forward, seen from this isolated world, with the new URL in
 * `destination`: reacting there saves the ~8 ms until `currententrychange`, which the
 * browser process delays. `currententrychange` and `navigateerror` then confirm or correct
 * it (an intercepted or cancelled navigation). Elsewhere: popstate, hashchange and a cheap
 * string comparison on a timer.
 */
export function watchNavigation(signal: AbortSignal, onChange: (url: string) => void): void {
  let lastHref = location.href;
  let lastTitle = document.title;
  const check = (href: string = location.href) => {
    if (href === lastHref && document.title === lastTitle) return;
    lastHref = href;
    lastTitle = document.title;
    onChange(href);
  };
  const confirm = () => check();
  const options = { signal };

  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  if (navigation) {
    navigation.addEventListener('navigate', (event) => event.destination?.sameDocument && check(event.destination.url), options);
    navigation.addEventListener('currententrychange', confirm, options);
    navigation.addEventListener('navigateerror', confirm, options);
  } else {
    addEventListener('popstate', confirm, options);
    addEventListener('hashchange', confirm, options);
    const timer = setInterval(confirm, POLL_MS);
    signal.addEventListener('abort', () => clearInterval(timer));
  }

  watchTitle(signal, confirm);
}

/**
 * SPAs set the title after the route changes; the record name comes from it. Observed: the
 * `<title>` element's text, and the children of `<head>`, where a title is added or replaced
 * (a page that starts without one, a framework that swaps the element). Not the whole head:
 * style sheets written into it as the page runs would wake the script each time.
 */
function watchTitle(signal: AbortSignal, onChange: () => void): void {
  const head = document.head ?? document.documentElement;
  let title: HTMLTitleElement | null | undefined;
  const observer = new MutationObserver((records) => {
    if (records.some((r) => r.target === head)) follow();
    onChange();
  });
  const follow = () => {
    const now = head.querySelector('title');
    if (now === title) return;
    title = now;
    observer.disconnect();
    observer.observe(head, { childList: true });
    if (title) observer.observe(title, { childList: true, characterData: true, subtree: true });
  };
  follow();
  signal.addEventListener('abort', () => observer.disconnect());
}
