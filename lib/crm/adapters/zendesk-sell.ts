import type { RecordKind } from '../../model/vocabulary';
import type { CrmAdapter } from '../types';

/**
 * Zendesk Sell (formerly Base CRM, app host `app.futuresimple.com`). Record pages:
 * `/leads/{id}` → lead, `/sales/deals/{id}` → opportunity, `/crm/contacts/{id}` → contact.
 * A Sell contact is either a person or an organization (one object, `is_organization`), and the URL
 * is the same for both; it maps to `contact`, the more common case, and the sidebar's contact view
 * fits a person at a company as well as the company itself.
 * Sell ids are global (one multi-tenant app host), so the instance is the app host itself.
 */
const ROUTES: readonly [RegExp, RecordKind][] = [
  [/^\/leads\/(\d{1,15})\/?$/, 'lead'],
  [/^\/sales\/deals\/(\d{1,15})\/?$/, 'opportunity'],
  [/^\/crm\/contacts\/(\d{1,15})\/?$/, 'contact'],
];

export const zendeskSell: CrmAdapter = {
  id: 'zendesk-sell',
  label: 'Zendesk Sell',
  hosts: ['app.futuresimple.com'],
  detect(url) {
    const path = url.pathname;
    for (const [re, kind] of ROUTES) {
      const m = re.exec(path);
      if (m) return { kind, recordId: m[1]!, instance: 'app.futuresimple.com' };
    }
    return null;
  },
  nameSelectors: ['[data-test-id="entity-name"]', '.detail-title h1', 'h1'],
};
