// Sources: Zendesk developer docs and app tutorials ("the URL should look like
// https://app.futuresimple.com/sales/deals/123", `?zcli_apps=true`), record links in public
// integrations (`/leads/{id}`, `/crm/contacts/{id}`), and UI automation code (`/leads/new`,
// `/settings/leads/lead-status`, `/settings/oauth`, `/settings/lead_capture_form`).
import type { AdapterCases } from '../types';

export const zendeskSellCases: AdapterCases = {
  positive: [
    { url: 'https://app.futuresimple.com/sales/deals/3351303', expect: { kind: 'opportunity', recordId: '3351303', instance: 'app.futuresimple.com' } },
    { url: 'https://app.futuresimple.com/sales/deals/113096047?zcli_apps=true', expect: { kind: 'opportunity', recordId: '113096047', instance: 'app.futuresimple.com' } },
    { url: 'https://app.futuresimple.com/leads/1908756', expect: { kind: 'lead', recordId: '1908756', instance: 'app.futuresimple.com' } },
    { url: 'https://app.futuresimple.com/leads/1908756/', expect: { kind: 'lead', recordId: '1908756', instance: 'app.futuresimple.com' } },
    { url: 'https://app.futuresimple.com/crm/contacts/2213344', expect: { kind: 'contact', recordId: '2213344', instance: 'app.futuresimple.com' } },
    { url: 'https://app.futuresimple.com/crm/contacts/2213344?tab=activity', expect: { kind: 'contact', recordId: '2213344', instance: 'app.futuresimple.com' } },
  ],
  negative: [
    { url: 'https://app.futuresimple.com/leads', why: 'leads list' },
    { url: 'https://app.futuresimple.com/leads/new', why: 'create form' },
    { url: 'https://app.futuresimple.com/sales/deals?filter=stage_id%3D3351303', why: 'deals list with an id in the query' },
    { url: 'https://app.futuresimple.com/settings/leads/lead-status', why: 'settings' },
    { url: 'https://app.futuresimple.com/reports/pipeline-analysis', why: 'report' },
    { url: 'https://app.futuresimple.com/tasks/98765', why: 'task' },
    { url: 'https://app.futuresimple.com/crm/contacts', why: 'contacts list' },
  ],
};
