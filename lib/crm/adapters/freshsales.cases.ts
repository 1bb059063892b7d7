// Sources: record links in public integrations (`https://{org}.myfreshworks.com/crm/sales/accounts/{id}`,
// `/crm/sales/contacts/{id}`, classic `https://{org}.freshsales.io/deals/{id}`), a public URL parser
// separating list views (`/deals/view/42`, `/crm/sales/accounts/view/7`) from records, and the
// `/crm/sales/api/…` and `/crm/sales/web_forms/…` routes seen in API clients.
import type { AdapterCases } from '../types';

export const freshsalesCases: AdapterCases = {
  positive: [
    { url: 'https://hmadv-org.myfreshworks.com/crm/sales/accounts/402033369233', expect: { kind: 'account', recordId: '402033369233', instance: 'hmadv-org' } },
    { url: 'https://acme.myfreshworks.com/crm/sales/contacts/16000123456', expect: { kind: 'contact', recordId: '16000123456', instance: 'acme' } },
    { url: 'https://acme.myfreshworks.com/crm/sales/deals/16000098765/', expect: { kind: 'opportunity', recordId: '16000098765', instance: 'acme' } },
    { url: 'https://acme.myfreshworks.com/crm/sales/leads/16000011111?activity=notes', expect: { kind: 'lead', recordId: '16000011111', instance: 'acme' } },
    { url: 'https://acme.freshsales.io/deals/42', expect: { kind: 'opportunity', recordId: '42', instance: 'acme' } },
    { url: 'https://acme.freshsales.io/leads/7001', expect: { kind: 'lead', recordId: '7001', instance: 'acme' } },
    { url: 'https://acme.freshsales.io/accounts/31', expect: { kind: 'account', recordId: '31', instance: 'acme' } },
  ],
  negative: [
    { url: 'https://acme.freshsales.io/deals/view/42?page=2', why: 'classic list view with its id' },
    { url: 'https://acme.myfreshworks.com/crm/sales/accounts/view/7', why: 'list view with its id' },
    { url: 'https://acme.myfreshworks.com/crm/sales/contacts?view=16000001&contact=16000123456', why: 'list with ids in the query' },
    { url: 'https://acme.myfreshworks.com/crm/sales/settings/modules', why: 'settings' },
    { url: 'https://acme.myfreshworks.com/crm/sales/reports/16000000777', why: 'report' },
    { url: 'https://acme.myfreshworks.com/crm/sales/tasks/16000000888', why: 'task' },
    { url: 'https://acme.myfreshworks.com/crm/sales/api/contacts/402033369233', why: 'API, not a page' },
    { url: 'https://acme.myfreshworks.com/crm/marketing/contacts/16000123456', why: 'Freshmarketer, not the sales CRM' },
    { url: 'https://acme.freshsales.io/deals/new', why: 'create form' },
  ],
};
