// The floor for "in-app navigation → sidebar": the earliest moments a content script
// (isolated world, like Closeward's) can know the page moved to another URL, and when the
// old 250 ms polling fallback would have noticed. Each is written to an attribute of <html>
// as "<href>|<epoch ms>" for the bench page to read; nothing else happens here.
(() => {
  const POLL_MS = 250;
  const now = () => performance.timeOrigin + performance.now();
  const html = document.documentElement;
  const note = (attr, t) => html.setAttribute(attr, `${location.href}|${t}`);

  const navigation = globalThis.navigation;
  if (navigation) {
    navigation.addEventListener('currententrychange', () => note('data-floor-cec', now()));
    navigation.addEventListener('navigatesuccess', () => note('data-floor-nav', now()));
  }

  let last = location.href;
  setInterval(() => {
    if (location.href === last) return;
    last = location.href;
    note('data-floor-poll', now());
  }, POLL_MS);
})();
