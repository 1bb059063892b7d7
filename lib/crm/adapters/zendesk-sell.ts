import type { RecordKind } from '../../model/vocabulary';
import { table } from '../parse';
import type { CrmAdapter } from '../types';

/**
 * Zendesk Sell (formerly Base CRM). Two app hosts:
 * - the original `app.futuresimple.com`: `/leads/{id}`, `/sales/deals/{id}`, `/crm/contacts/{id}`;
 * - inside Zendesk, `{subdomain}.zendesk.com/sales/…`: `/sales/deals/{id}`, `/sales/contacts/{id}`,
 *   `/sales/leads/{id}` (the rest of Zendesk on those hosts, Support and Help Center, is never read).
 * Kinds: Leads → lead, Deals → opportunity, Contacts → contact. A Sell contact is either a person or
 * an organization (one object, `is_organization`), and the URL is the same for both; it maps to
 * `contact`, the more common case, and the sidebar's contact view fits a company as well.
 * Instance: the Zendesk subdomain (the account), so a page on another account's host never shows
 * this account's record of the same id. On `app.futuresimple.com` the URL names no account, so the
 * instance is that host: its keys stay apart from every Zendesk account's.
 */
const KIND = table<RecordKind>({ leads: 'lead', deals: 'opportunity', contacts: 'contact' });
const ZENDESK = /^\/sales\/(leads|deals|contacts)\/(\d{1,15})\/?$/;
const FUTURESIMPLE = /^\/(?:(leads)|sales\/(deals)|crm\/(contacts)|sales\/(leads|contacts))\/(\d{1,15})\/?$/;
const ZENDESK_HOST = /^([a-z0-9][a-z0-9-]*)\.zendesk\.com$/;

export const zendeskSell: CrmAdapter = {
  id: 'zendesk-sell',
  label: 'Zendesk Sell',
  hosts: ['app.futuresimple.com', '*.zendesk.com'],
  detect(url) {
    const host = url.hostname;
    if (host === 'app.futuresimple.com') {
      const m = FUTURESIMPLE.exec(url.pathname);
      const kind = m && KIND[(m[1] ?? m[2] ?? m[3] ?? m[4])!];
      return kind ? { kind, recordId: m[5]!, instance: host } : null;
    }
    const account = ZENDESK_HOST.exec(host)?.[1];
    if (!account) return null;
    const m = ZENDESK.exec(url.pathname);
    const kind = m && KIND[m[1]!];
    return kind ? { kind, recordId: m[2]!, instance: account } : null;
  },
  nameSelectors: ['[data-test-id="entity-name"]', '.detail-title h1', 'h1'],
};
