import type { ThemeChoice } from '../model/settings';

export type { ThemeChoice } from '../model/settings';

/**
 * Sets data-theme on the root element. "system" leaves it to prefers-color-scheme
 * in the stylesheet; a manual choice overrides it.
 */
export function applyTheme(root: HTMLElement, choice: ThemeChoice = 'system'): void {
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
}
