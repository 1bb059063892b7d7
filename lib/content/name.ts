import { pageName } from '../crm/name';

/** The record name from the page, for CRMs whose title does not carry it; capped and cleaned. */
export function readNameFromDom(selectors: readonly string[] | undefined): string | undefined {
  for (const selector of selectors ?? []) {
    try {
      const name = pageName(document.querySelector(selector)?.textContent);
      if (name) return name;
    } catch {
      // An invalid selector for this page: try the next.
    }
  }
  return undefined;
}
