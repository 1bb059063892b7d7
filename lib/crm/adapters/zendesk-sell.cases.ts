// Sources: Zendesk developer docs and app tutorials ("the URL should look like
// https://app.futuresimple.com/sales/deals/123", `?zcli_apps=true`), integration docs placing the Sell
// dashboard at `https://{subdomain}.zendesk.com/sales/dashboards/main`, record links in public code
// (`https://{subdomain}.zendesk.com/sales/deals/{id}`, `/sales/contacts/{id}`, a userscript matching
// `https://{subdomain}.zendesk.com/sales/*`; `app.futuresimple.com/leads/{id}`, `/crm/contacts/{id}`),
// and UI automation code (`/leads/new`, `/settings/leads/lead-status`). `/sales/leads/{id}` on
// zendesk.com is inferred from the other two objects. The account is the Zendesk subdomain: a page on
// another account's host is another record.
import type { AdapterCases } from '../types';

export const zendeskSellCases: AdapterCases = {
  positive: [
    { url: 'https://app.futuresimple.com/sales/deals/160874453', expect: { kind: 'opportunity', recordId: '160874453', instance: 'app.futuresimple.com' } },
    {
      url: 'https://d3v-gotestclaims.zendesk.com/sales/deals/160874453?zat=true',
      expect: { kind: 'opportunity', recordId: '160874453', instance: 'd3v-gotestclaims' },
      sameAs: 'deal',
    },
    {
      url: 'https://d3v-gotestclaims.zendesk.com/sales/deals/160874453/',
      expect: { kind: 'opportunity', recordId: '160874453', instance: 'd3v-gotestclaims' },
      sameAs: 'deal',
    },
    {
      url: 'https://app.futuresimple.com/sales/deals/113096047?zcli_apps=true',
      expect: { kind: 'opportunity', recordId: '113096047', instance: 'app.futuresimple.com' },
    },
    { url: 'https://app.futuresimple.com/leads/1908756', expect: { kind: 'lead', recordId: '1908756', instance: 'app.futuresimple.com' } },
    { url: 'https://acme.zendesk.com/sales/leads/1908757/', expect: { kind: 'lead', recordId: '1908757', instance: 'acme' } },
    { url: 'https://app.futuresimple.com/crm/contacts/2213344', expect: { kind: 'contact', recordId: '2213344', instance: 'app.futuresimple.com' } },
    { url: 'https://clinyco.zendesk.com/sales/contacts/2213344', expect: { kind: 'contact', recordId: '2213344', instance: 'clinyco' } },
    // The same id on another account's host is that account's record, never this one's.
    { url: 'https://attackerco.zendesk.com/sales/contacts/2213344', expect: { kind: 'contact', recordId: '2213344', instance: 'attackerco' } },
  ],
  negative: [
    { url: 'https://app.futuresimple.com/leads', why: 'leads list' },
    { url: 'https://app.futuresimple.com/leads/new', why: 'create form' },
    { url: 'https://app.futuresimple.com/sales/deals?filter=stage_id%3D3351303', why: 'deals list with an id in the query' },
    { url: 'https://app.futuresimple.com/settings/leads/lead-status', why: 'settings' },
    { url: 'https://acme.zendesk.com/sales/dashboards/main', why: 'dashboard' },
    { url: 'https://acme.zendesk.com/sales/tasks/98765', why: 'task' },
    { url: 'https://acme.zendesk.com/agent/tickets/4411', why: 'Zendesk Support ticket' },
    { url: 'https://acme.zendesk.com/hc/en-us/articles/360001234567', why: 'Help Center article' },
    { url: 'https://acme.zendesk.com/sales/reports/pipeline-analysis', why: 'report' },
  ],
};
