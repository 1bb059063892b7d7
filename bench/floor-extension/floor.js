// The floor for "content script thread time during page load": a content script that does
// nothing but look at where it is (the page's URL and its root element), as any content script
// must before it decides anything. What it costs is the browser setting up the extension's
// isolated world in the page, starting a script there and giving it the page's window and
// document.
(() => {
  void location.href;
  void document.documentElement;
})();
