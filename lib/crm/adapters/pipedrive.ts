import type { RecordKind } from '../../model/vocabulary';
import { singleLabelBefore, table } from '../parse';
import type { CrmAdapter } from '../types';

/**
 * Pipedrive: every company has its own `{company}.pipedrive.com`; the record routes are
 * `/deal/{id}`, `/person/{id}`, `/organization/{id}` (numeric ids) and, for the Leads Inbox,
 * `/leads/inbox/{uuid}` (leads have UUID ids, unlike every other Pipedrive object).
 * Vocabulary: lead → lead, deal → opportunity, person → contact, organization → account.
 */
const NUMERIC_KIND = table<RecordKind>({
  deal: 'opportunity',
  person: 'contact',
  organization: 'account',
});
const NUMERIC = /^\/(deal|person|organization)\/(\d{1,12})\/?$/;
// The Leads Inbox opens a lead in place; archived leads keep the same detail route under /archived.
const LEAD = /^\/leads\/(?:inbox|archived)\/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\/?$/;
/** Pipedrive's own subdomains: not a company, so no record can be keyed there. */
const NOT_A_COMPANY = new Set(['app', 'www', 'api', 'oauth', 'developers', 'marketplace', 'support', 'status', 'blog', 'community']);

export const pipedrive: CrmAdapter = {
  id: 'pipedrive',
  label: 'Pipedrive',
  hosts: ['*.pipedrive.com'],
  detect(url) {
    const company = singleLabelBefore(url.hostname, '.pipedrive.com');
    if (!company || NOT_A_COMPANY.has(company)) return null;
    const path = url.pathname;
    const numeric = NUMERIC.exec(path);
    if (numeric) return { kind: NUMERIC_KIND[numeric[1]!]!, recordId: numeric[2]!, instance: company };
    const lead = LEAD.exec(path);
    if (lead) return { kind: 'lead', recordId: lead[1]!.toLowerCase(), instance: company };
    return null;
  },
  // Pipedrive's tab title is not documented; the DOM step reads the detail header.
  nameSelectors: ['[data-test="header-title"]', '[data-testid="header-title"]', '.detailView h1', 'main h1'],
};
