// The storage.session entry of each tab's record, kept by the background; read by the side panel
// without the message schemas (its first look at the active tab runs before the panel's code).

/** The storage.session key of the record a tab shows: `{ crm, instance, kind, recordId, key, name? }`. */
export const tabKey = (tabId: number) => `tab:${tabId}`;
export const TAB_KEY_PREFIX = 'tab:';

/** Whether a tab's stored entry names a record (the panel checks its shape before showing it). */
export function namesRecord(stored: unknown): boolean {
  return typeof stored === 'object' && stored !== null && typeof (stored as { key?: unknown }).key === 'string';
}
