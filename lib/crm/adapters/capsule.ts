import type { CrmAdapter } from '../types';

/**
 * Capsule CRM, `{account}.capsulecrm.com`. Records: `/party/{id}` and `/opportunity/{id}`, optionally
 * followed by a tab. A party is a person or an organisation (one object; the URL is the same), so it
 * maps to `contact`: the kind the sidebar can show for both. Opportunities → opportunity. Projects
 * (`/kase/{id}`) and tasks are null; Capsule has no lead object. Instance: the account subdomain.
 */
const PARTY = /^\/party\/(\d{1,12})(?:\/[a-z-]+)?\/?$/;
const OPPORTUNITY = /^\/opportunity\/(\d{1,12})(?:\/[a-z-]+)?\/?$/;
const NOT_AN_ACCOUNT = new Set(['www', 'api', 'developer', 'support', 'status']);

export const capsule: CrmAdapter = {
  id: 'capsule',
  label: 'Capsule',
  hosts: ['*.capsulecrm.com'],
  detect(url) {
    const host = url.hostname;
    if (!host.endsWith('.capsulecrm.com')) return null;
    const account = host.slice(0, -'.capsulecrm.com'.length);
    if (!account || account.includes('.') || NOT_AN_ACCOUNT.has(account)) return null;
    let m = PARTY.exec(url.pathname);
    if (m) return { kind: 'contact', recordId: m[1]!, instance: account };
    m = OPPORTUNITY.exec(url.pathname);
    return m ? { kind: 'opportunity', recordId: m[1]!, instance: account } : null;
  },
  nameSelectors: ['.party-details__name', '.opportunity-details__name', '.page-header h1', 'h1'],
};
