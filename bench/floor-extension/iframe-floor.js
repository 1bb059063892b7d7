// The floor for "content script cost during a page load": the least a sidebar kept out of
// the page's reach can do. A host element with a closed shadow root and, in it, an iframe of
// an extension page (the page's scripts can neither read nor drive it). Nothing else: no
// recognizer, no styles, no listeners. Same run_at as Closeward's content scripts.
(() => {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'closed' });
  const frame = document.createElement('iframe');
  frame.src = chrome.runtime.getURL('blank.html');
  root.append(frame);
  document.documentElement.append(host);
})();
