import type { RecordKind } from '../../model/vocabulary';
import { singleLabelBefore, table } from '../parse';
import type { CrmAdapter } from '../types';

/**
 * Freshsales (Freshworks CRM). Current accounts live at `{org}.myfreshworks.com/crm/sales/…`;
 * older ones at `{org}.freshsales.io/…`. Records: `leads/{id}`, `contacts/{id}`, `accounts/{id}`
 * (the API's sales_accounts), `deals/{id}`; `…/view/{viewId}` is a list view, never a record.
 * Leads exist only in the classic edition; contacts carry the lifecycle stage otherwise.
 * Instance: the org subdomain.
 */
const KIND = table<RecordKind>({ leads: 'lead', deals: 'opportunity', contacts: 'contact', accounts: 'account' });
const SUITE = /^\/crm\/sales\/(leads|contacts|accounts|deals)\/(\d{1,15})\/?$/;
const CLASSIC = /^\/(leads|contacts|accounts|deals)\/(\d{1,15})\/?$/;

export const freshsales: CrmAdapter = {
  id: 'freshsales',
  label: 'Freshsales',
  hosts: ['*.myfreshworks.com', '*.freshsales.io'],
  detect(url) {
    const host = url.hostname;
    let org = singleLabelBefore(host, '.myfreshworks.com');
    let m: RegExpExecArray | null = null;
    if (org) m = SUITE.exec(url.pathname);
    else if ((org = singleLabelBefore(host, '.freshsales.io'))) m = CLASSIC.exec(url.pathname);
    if (!org || !m || org === 'www') return null;
    return { kind: KIND[m[1]!]!, recordId: m[2]!, instance: org };
  },
  nameSelectors: ['[data-test-entity-name]', '.entity-name', '.record-name h1', 'main h1'],
};
