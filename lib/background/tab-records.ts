import { browser } from 'wxt/browser';
import { tabKey } from '../model/messages';
import type { RecordPage } from '../model/record';

const KIND_LABEL: Record<RecordPage['kind'], string> = { lead: 'Lead', opportunity: 'Opportunity', contact: 'Contact', account: 'Account' };

/** The toolbar icon's tooltip for a tab. */
export function actionTitle(page: RecordPage | null): string {
  if (!page) return 'Closeward: open a lead, opportunity, contact or account';
  return `Closeward: ${KIND_LABEL[page.kind]} · ${page.name ?? 'name not known yet'}`;
}

// Icons drawn at build time (scripts/icons.mjs): full colour on a record, dimmed elsewhere.
const ACTIVE_ICON = { 16: '/icon/16.png', 32: '/icon/32.png' };
const DIM_ICON = { 16: '/icon/dim-16.png', 32: '/icon/dim-32.png' };

/** The toolbar button: `action` in MV3, `browserAction` in Firefox's MV2. */
export function toolbarAction(): typeof browser.action | undefined {
  return browser.action ?? (browser as unknown as { browserAction?: typeof browser.action }).browserAction;
}

/**
 * Keeps what the panel and other extension pages need to know about a tab's record: the
 * record in `storage.session` under `tab:<tabId>` (removed when the tab shows none), and the
 * toolbar icon's title and image for that tab.
 */
export async function setTabRecord(tabId: number, page: RecordPage | null): Promise<void> {
  const key = tabKey(tabId);
  const stored = page ? browser.storage.session.set({ [key]: page }) : browser.storage.session.remove(key);
  const action = toolbarAction();
  await Promise.all([
    stored,
    // The icon is a courtesy: a tab closed meanwhile, or a browser without it, changes nothing else.
    quietly(() => action?.setTitle({ tabId, title: actionTitle(page) })),
    quietly(() => action?.setIcon({ tabId, path: page ? ACTIVE_ICON : DIM_ICON })),
  ]);
}

async function quietly(call: () => Promise<unknown> | undefined): Promise<void> {
  try {
    await call();
  } catch {
    // Nothing to do.
  }
}

/** Forgets a closed tab. */
export function forgetTab(tabId: number): Promise<void> {
  return browser.storage.session.remove(tabKey(tabId));
}
