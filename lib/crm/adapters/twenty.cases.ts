// Sources: record links in Twenty's own code and public integrations (`https://app.twenty.com/object/person/{id}`,
// `https://acme.twenty.com/object/company/{id}`, `/object/opportunity/{id}`, the `/object/<objectNameSingular>/<recordId>`
// template, custom `/object/lead/…`), and Twenty's list routes `/objects/{plural}`.
import type { AdapterCases } from '../types';

export const twentyCases: AdapterCases = {
  positive: [
    {
      url: 'https://app.twenty.com/object/person/20202020-ac73-4797-824e-87a1f5aea9e0',
      expect: { kind: 'contact', recordId: '20202020-ac73-4797-824e-87a1f5aea9e0', instance: 'app.twenty.com' },
    },
    {
      url: 'https://acme.twenty.com/object/company/6b1e6a4b-5e3f-4c2d-9a8b-1f2e3d4c5b6a',
      expect: { kind: 'account', recordId: '6b1e6a4b-5e3f-4c2d-9a8b-1f2e3d4c5b6a', instance: 'acme.twenty.com' },
    },
    {
      url: 'https://acme.twenty.com/object/opportunity/aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
      expect: { kind: 'opportunity', recordId: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee', instance: 'acme.twenty.com' },
      sameAs: 'opp',
    },
    {
      url: 'https://acme.twenty.com/object/opportunity/AAAAAAAA-BBBB-4CCC-8DDD-EEEEEEEEEEEE/',
      expect: { kind: 'opportunity', recordId: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee', instance: 'acme.twenty.com' },
      sameAs: 'opp',
    },
    {
      url: 'https://crm.example.com/object/lead/3f77d0b1-30a1-4c3d-9d02-2f2a9f6f9d10',
      crm: 'twenty',
      expect: { kind: 'lead', recordId: '3f77d0b1-30a1-4c3d-9d02-2f2a9f6f9d10', instance: 'crm.example.com' },
    },
    {
      url: 'http://localhost:3001/object/person/3f77d0b1-30a1-4c3d-9d02-2f2a9f6f9d11',
      crm: 'twenty',
      expect: { kind: 'contact', recordId: '3f77d0b1-30a1-4c3d-9d02-2f2a9f6f9d11', instance: 'localhost:3001' },
    },
  ],
  negative: [
    { url: 'https://app.twenty.com/objects/people', why: 'people list' },
    { url: 'https://app.twenty.com/objects/opportunities?viewId=3f77d0b1-30a1-4c3d-9d02-2f2a9f6f9d10', why: 'list with a view id' },
    { url: 'https://app.twenty.com/object/task/3f77d0b1-30a1-4c3d-9d02-2f2a9f6f9d10', why: 'task' },
    { url: 'https://app.twenty.com/object/note/3f77d0b1-30a1-4c3d-9d02-2f2a9f6f9d10', why: 'note' },
    { url: 'https://twenty-eng.twenty.com/object/pullRequest/bd4f93af-9be7-4260-a85a-3446a5151b7b', why: 'custom object: kind unknown' },
    { url: 'https://app.twenty.com/settings/accounts', why: 'settings' },
    { url: 'https://twenty.com/object/person/20202020-ac73-4797-824e-87a1f5aea9e0', why: 'marketing site' },
  ],
};
