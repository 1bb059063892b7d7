import type { AdapterCases } from '../types';

export const hubspotCases: AdapterCases = {
  positive: [
    {
      url: 'https://app.hubspot.com/contacts/4411223/record/0-3/918273645',
      title: 'Acme Renewal | Deal',
      expect: { kind: 'opportunity', recordId: '918273645', instance: '4411223', name: 'Acme Renewal' },
      sameAs: 'deal',
    },
    {
      url: 'https://app.hubspot.com/contacts/4411223/deal/918273645/',
      expect: { kind: 'opportunity', recordId: '918273645', instance: '4411223' },
      sameAs: 'deal',
    },
    {
      url: 'https://app-eu1.hubspot.com/contacts/26000111/record/0-1/151/',
      expect: { kind: 'contact', recordId: '151', instance: '26000111' },
    },
    {
      url: 'https://app.hubspot.com/contacts/4411223/contact/151',
      expect: { kind: 'contact', recordId: '151', instance: '4411223' },
    },
    {
      url: 'https://app-na2.hubspot.com/contacts/4411223/record/0-2/7788/view/1',
      expect: { kind: 'account', recordId: '7788', instance: '4411223' },
    },
    {
      url: 'https://app.hubspot.com/contacts/4411223/company/7788',
      expect: { kind: 'account', recordId: '7788', instance: '4411223' },
    },
    {
      url: 'https://app-ap1.hubspot.com/contacts/4411223/record/0-136/55001',
      expect: { kind: 'lead', recordId: '55001', instance: '4411223' },
    },
  ],
  negative: [
    { url: 'https://app.hubspot.com/contacts/4411223/objects/0-1/views/all/list', why: 'contacts list view' },
    { url: 'https://app.hubspot.com/contacts/4411223/objects/0-3/views/12345/board', why: 'deals board with a view id' },
    { url: 'https://app.hubspot.com/contacts/4411223/record/0-5/3001', why: 'ticket: another object type' },
    { url: 'https://app.hubspot.com/reports-dashboard/4411223/view/99', why: 'report dashboard' },
    { url: 'https://app.hubspot.com/settings/4411223/users', why: 'settings' },
    { url: 'https://app.hubspot.com/contacts/4411223/deals/list/view/all/?dealId=918273645', why: 'id in the query of a list' },
  ],
};
