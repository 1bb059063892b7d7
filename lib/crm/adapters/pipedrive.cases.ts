// Sources: record links built by public Pipedrive integrations (`https://{company}.pipedrive.com/deal/{id}`,
// `/person/{id}`, `/organization/{id}`, `/leads/inbox/{uuid}`), Pipedrive API docs (lead ids are UUIDs,
// other ids integers), list/pipeline/settings routes as they appear in the web app.
import type { AdapterCases } from '../types';

export const pipedriveCases: AdapterCases = {
  positive: [
    { url: 'https://acme.pipedrive.com/deal/1234', expect: { kind: 'opportunity', recordId: '1234', instance: 'acme' } },
    { url: 'https://acme.pipedrive.com/deal/1234/', expect: { kind: 'opportunity', recordId: '1234', instance: 'acme' } },
    { url: 'https://acme.pipedrive.com/person/77', expect: { kind: 'contact', recordId: '77', instance: 'acme' } },
    { url: 'https://acme.pipedrive.com/organization/9?tab=notes', expect: { kind: 'account', recordId: '9', instance: 'acme' } },
    {
      url: 'https://acme.pipedrive.com/leads/inbox/adf21080-0e10-11eb-879b-05d71fb426ec',
      expect: { kind: 'lead', recordId: 'adf21080-0e10-11eb-879b-05d71fb426ec', instance: 'acme' },
      sameAs: 'lead',
    },
    {
      url: 'https://acme.pipedrive.com/leads/inbox/ADF21080-0E10-11EB-879B-05D71FB426EC',
      expect: { kind: 'lead', recordId: 'adf21080-0e10-11eb-879b-05d71fb426ec', instance: 'acme' },
      sameAs: 'lead',
    },
    {
      url: 'https://acme-sandbox.pipedrive.com/leads/archived/adf21080-0e10-11eb-879b-05d71fb426ec',
      expect: { kind: 'lead', recordId: 'adf21080-0e10-11eb-879b-05d71fb426ec', instance: 'acme-sandbox' },
    },
  ],
  negative: [
    { url: 'https://acme.pipedrive.com/deals/list/filter/12?selected=1234', why: 'deals list view, ids in the query' },
    { url: 'https://acme.pipedrive.com/pipeline/1/user/everyone', why: 'pipeline board' },
    { url: 'https://acme.pipedrive.com/persons/list/filter/5', why: 'people list with a filter id' },
    { url: 'https://acme.pipedrive.com/leads/inbox', why: 'Leads Inbox without a lead open' },
    { url: 'https://acme.pipedrive.com/settings/fields', why: 'settings' },
    { url: 'https://acme.pipedrive.com/progress/insights/report/4411', why: 'Insights report' },
    { url: 'https://acme.pipedrive.com/activities/list?activity=55', why: 'activities (tasks) list' },
    { url: 'https://app.pipedrive.com/deal/1234', why: 'no company subdomain: redirects, cannot be keyed' },
    { url: 'https://www.pipedrive.com/en/features/deal/1234', why: 'marketing site' },
  ],
};
