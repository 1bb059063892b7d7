/** The record name from the page, for CRMs whose title does not carry it. */
export function readNameFromDom(selectors: readonly string[] | undefined): string | undefined {
  for (const selector of selectors ?? []) {
    try {
      const text = document.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
      if (text) return text.slice(0, 200);
    } catch {
      // An invalid selector for this page: try the next.
    }
  }
  return undefined;
}
