// Sources: record links in public integrations (`https://crm.na1.insightly.com/details/Lead/{id}`,
// `/details/Opportunity/{id}`, `/details/Project/{id}`, `/details/{type}/` as a base URL), Insightly
// API docs (pod in `https://api.{pod}.insightly.com`), and the older `/Contacts/Details/{id}` form.
import type { AdapterCases } from '../types';

export const insightlyCases: AdapterCases = {
  positive: [
    { url: 'https://crm.na1.insightly.com/details/Lead/70115123', expect: { kind: 'lead', recordId: '70115123', instance: 'na1' } },
    { url: 'https://crm.na1.insightly.com/details/Leads/70115123', expect: { kind: 'lead', recordId: '70115123', instance: 'na1' } },
    { url: 'https://crm.na1.insightly.com/details/Opportunity/31544890', expect: { kind: 'opportunity', recordId: '31544890', instance: 'na1' } },
    { url: 'https://crm.na1.insightly.com/details/Contact/325671004', expect: { kind: 'contact', recordId: '325671004', instance: 'na1' }, sameAs: 'contact' },
    { url: 'https://crm.na1.insightly.com/Contacts/Details/325671004', expect: { kind: 'contact', recordId: '325671004', instance: 'na1' }, sameAs: 'contact' },
    { url: 'https://crm.eu1.insightly.com/details/Organisation/145567002/', expect: { kind: 'account', recordId: '145567002', instance: 'eu1' } },
    { url: 'https://googleapps.insightly.com/Organisations/Details/1455670', expect: { kind: 'account', recordId: '1455670', instance: 'googleapps' } },
    // A record opened over a list ("blade"): a RingCentral click-to-call extension for Insightly acts on
    // `?blade=/details/contact` over `list/Contact/` (github.com/zxdong262/insightly-embeddable-ringcentral-phone,
    // src/config.js), and a WordPress CRM add-on's Insightly feed links `{app}/list/{Type}/?blade=/details/{Type}/{id}`.
    {
      url: 'https://crm.na1.insightly.com/list/Lead/?blade=/details/Lead/70115123',
      expect: { kind: 'lead', recordId: '70115123', instance: 'na1' },
      sameAs: 'blade-lead',
    },
    { url: 'https://crm.na1.insightly.com/details/Lead/70115123', expect: { kind: 'lead', recordId: '70115123', instance: 'na1' }, sameAs: 'blade-lead' },
    {
      url: 'https://crm.na1.insightly.com/list/Contact/?blade=/details/contact/325671004',
      expect: { kind: 'contact', recordId: '325671004', instance: 'na1' },
      sameAs: 'contact',
    },
    {
      url: 'https://crm.na1.insightly.com/list/Opportunity/?blade=%2Fdetails%2FOpportunity%2F31544890',
      expect: { kind: 'opportunity', recordId: '31544890', instance: 'na1' },
    },
  ],
  negative: [
    { url: 'https://crm.na1.insightly.com/details/Project/889900', why: 'project: another object' },
    { url: 'https://crm.na1.insightly.com/details/Task/889901', why: 'task' },
    { url: 'https://crm.na1.insightly.com/list/Lead/?blnMyRecords=true&view=70115123', why: 'list view with an id in the query' },
    { url: 'https://crm.na1.insightly.com/Leads/Edit', why: 'create form' },
    { url: 'https://crm.na1.insightly.com/Reports', why: 'reports' },
    { url: 'https://crm.na1.insightly.com/Users/UserSettings', why: 'settings' },
    { url: 'https://api.na1.insightly.com/v3.1/Contacts/325671004', why: 'API host' },
    { url: 'https://www.insightly.com/details/Lead/70115123', why: 'marketing site' },
    { url: 'https://crm.na1.insightly.com/list/Contact/', why: 'contacts list: the blade closed' },
    { url: 'https://crm.na1.insightly.com/list/Lead/?blade=/details/Project/889900', why: 'blade showing a project' },
    { url: 'https://crm.na1.insightly.com/list/Lead/?blade=/details/Lead/', why: 'blade without an id' },
    { url: 'https://crm.na1.insightly.com/reports/?blade=/details/Lead/70115123', why: 'blade parameter outside a list' },
  ],
};
