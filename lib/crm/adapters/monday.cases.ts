// Sources: item links in public code (`https://{account}.monday.com/boards/{boardId}/pulses/{itemId}`,
// `…/pulses/{id}/posts/{updateId}`, `view.monday.com/boards/{id}`, `/boards/{id}/views/{viewId}`),
// monday CRM's template board names (Leads, Deals, Contacts, Accounts). The item page title format
// "{item} - {board}" is inferred, not documented: without a CRM board name in the title the kind is null.
import type { AdapterCases } from '../types';

export const mondayCases: AdapterCases = {
  positive: [
    {
      url: 'https://acme.monday.com/boards/5094351513/pulses/3179234619',
      title: 'Jane Doe - Leads',
      expect: { kind: 'lead', recordId: '3179234619', instance: 'acme', name: 'Jane Doe' },
      sameAs: 'lead',
    },
    {
      url: 'https://acme.monday.com/boards/5094351513/pulses/3179234619/posts/1676502313',
      title: 'Jane Doe | Leads | monday.com',
      expect: { kind: 'lead', recordId: '3179234619', instance: 'acme', name: 'Jane Doe' },
      sameAs: 'lead',
    },
    {
      url: 'https://thegoldstudios-company.monday.com/boards/765008773/pulses/3073776565',
      title: 'Acme renewal - Deals',
      expect: { kind: 'opportunity', recordId: '3073776565', instance: 'thegoldstudios-company', name: 'Acme renewal' },
    },
    {
      url: 'https://acme.monday.com/boards/7524367653/pulses/8642929457',
      title: 'Sam Lee - Contacts',
      expect: { kind: 'contact', recordId: '8642929457', instance: 'acme', name: 'Sam Lee' },
    },
    {
      url: 'https://acme.monday.com/boards/7524367654/pulses/8642929458/',
      title: 'Acme Corp · Accounts',
      expect: { kind: 'account', recordId: '8642929458', instance: 'acme', name: 'Acme Corp' },
    },
    {
      url: 'https://acme.monday.com/boards/7524367655/pulses/8642929459',
      title: 'Globex expansion - Opportunities - monday CRM',
      expect: { kind: 'opportunity', recordId: '8642929459', instance: 'acme', name: 'Globex expansion' },
    },
    // An item opened over one of the board's views: `https://{account}.monday.com/boards/{board}/views/{view}/pulses/{item}`
    // (github.com/Amiad5298/Spec, spec/integrations/providers/monday.py: "Item URL with view").
    {
      url: 'https://acme.monday.com/boards/5094351513/views/28918344/pulses/3179234619',
      title: 'Jane Doe - Leads',
      expect: { kind: 'lead', recordId: '3179234619', instance: 'acme', name: 'Jane Doe' },
      sameAs: 'lead',
    },
  ],
  negative: [
    { url: 'https://acme.monday.com/boards/5094351513/pulses/3179234619', title: 'Fix login bug - Sprint 12', why: 'non-CRM board: kind unknown' },
    { url: 'https://acme.monday.com/boards/5094351513/pulses/3179234619', why: 'no title: kind unknown' },
    { url: 'https://link599528.monday.com/boards/1397138702/views/28918344', title: 'Leads', why: 'board view with a view id' },
    { url: 'https://acme.monday.com/boards/5025723216', title: 'Deals', why: 'whole board' },
    { url: 'https://view.monday.com/boards/5025723216/pulses/3179234619', title: 'Jane - Leads', why: 'shared view host, no account' },
    { url: 'https://acme.monday.com/admin/general', why: 'admin' },
    { url: 'https://acme.monday.com/dashboards/12345', why: 'dashboard' },
    { url: 'https://monday.com/boards/5094351513/pulses/3179234619', title: 'Jane - Leads', why: 'no account subdomain' },
    { url: 'https://acme.monday.com/boards/5094351513/views/28918344', title: 'Leads', why: 'board view: the item card closed' },
    {
      url: 'https://acme.monday.com/boards/5094351513/views/28918344/pulses/3179234619',
      title: 'Fix login bug - Sprint 12',
      why: 'item over a non-CRM board view',
    },
  ],
};
