import type { RecordKind } from '../../model/vocabulary';
import { singleLabelBefore, table, titleParts } from '../parse';
import type { CrmAdapter } from '../types';

/**
 * monday CRM (monday sales CRM), `{account}.monday.com`. Every item, whatever board it sits on,
 * opens at `/boards/{boardId}/pulses/{itemId}` (optionally `/posts/{updateId}`), or over one of the
 * board's views at `/boards/{boardId}/views/{viewId}/pulses/{itemId}`: the URL cannot
 * tell a lead from a deal or from a project task. monday CRM's template boards are named Leads,
 * Deals, Contacts and Accounts, and the tab title carries the board name, so the kind is read from a
 * title part that is exactly one of those names. When the title names no such board (a renamed
 * board, a non-CRM board, no title yet) the kind cannot be known: null, never a guess.
 * recordId: the item id (unique across the account). Instance: the account subdomain.
 */
const ITEM = /^\/boards\/(\d{1,15})(?:\/views\/\d{1,15})?\/pulses\/(\d{1,15})(?:\/posts\/\d{1,15})?\/?$/;
const BOARD_KIND = table<RecordKind>({
  leads: 'lead',
  deals: 'opportunity',
  opportunities: 'opportunity',
  contacts: 'contact',
  accounts: 'account',
  companies: 'account',
});
const NOT_AN_ACCOUNT = new Set(['www', 'auth', 'view', 'api', 'developer', 'support', 'status', 'apps']);
/** Separators monday puts between the item, the board and the product in a tab title. */
const SEPARATORS = '|-–—·';

function kindFromTitle(title: string | undefined): RecordKind | undefined {
  if (!title) return undefined;
  const parts = titleParts(title, SEPARATORS);
  let kind: RecordKind | undefined;
  // Part 0 is the item's own name; a later part that is exactly a CRM board name gives the kind.
  for (let i = 1; i < parts.length; i++) {
    const k = BOARD_KIND[parts[i]!.toLowerCase()];
    if (!k) continue;
    if (kind && k !== kind) return undefined; // two CRM board names: ambiguous
    kind = k;
  }
  return kind;
}

export const monday: CrmAdapter = {
  id: 'monday',
  label: 'monday CRM',
  hosts: ['*.monday.com'],
  detect(url, title) {
    const account = singleLabelBefore(url.hostname, '.monday.com');
    if (!account || NOT_AN_ACCOUNT.has(account)) return null;
    const m = ITEM.exec(url.pathname);
    if (!m) return null;
    const kind = kindFromTitle(title);
    return kind ? { kind, recordId: m[2]!, instance: account } : null;
  },
  readName(title) {
    const parts = titleParts(title, SEPARATORS);
    const first = parts.length > 1 ? parts[0] : undefined;
    return first && !BOARD_KIND[first.toLowerCase()] ? first : undefined;
  },
  nameSelectors: ['[data-testid="pulse-card-name"]', '.pulse-card-header .name', '.item-page-header h1'],
};
