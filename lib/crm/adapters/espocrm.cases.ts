// Sources: EspoCRM client code and tests in public repositories (router navigation to
// `#Lead/view/{id}`, list links `a[href*="#Lead/view/"]`, `#Lead/convert/{id}`, `#Account`, `#Contact`,
// `#Opportunity` lists, self-hosted paths such as `/CRM/#Lead/view/{id}` and `/fincrm/#Lead/view/{id}`).
import type { AdapterCases } from '../types';

const id = '5f9d7c1a2b3c4d5e6';
export const espocrmCases: AdapterCases = {
  positive: [
    { url: `https://acme.espocloud.com/#Lead/view/${id}`, expect: { kind: 'lead', recordId: id, instance: 'acme.espocloud.com' }, sameAs: 'lead' },
    { url: `https://acme.espocloud.com/#Lead/edit/${id}`, expect: { kind: 'lead', recordId: id, instance: 'acme.espocloud.com' }, sameAs: 'lead' },
    {
      url: 'https://acme.espocloud.com/#Opportunity/view/64a1f0c2d3e4b5a69',
      expect: { kind: 'opportunity', recordId: '64a1f0c2d3e4b5a69', instance: 'acme.espocloud.com' },
    },
    {
      url: 'https://mayeradvogados.adv.br/CRM/#Contact/view/64a1f0c2d3e4b5a70',
      crm: 'espocrm',
      expect: { kind: 'contact', recordId: '64a1f0c2d3e4b5a70', instance: 'mayeradvogados.adv.br' },
    },
    {
      url: 'http://localhost:8080/fincrm/#Account/view/64a1f0c2d3e4b5a71',
      crm: 'espocrm',
      expect: { kind: 'account', recordId: '64a1f0c2d3e4b5a71', instance: 'localhost:8080' },
    },
    {
      url: 'https://crm.example.com/#Account/view/0190c1e2-7a3b-7c4d-8e5f-a1b2c3d4e5f6',
      crm: 'espocrm',
      expect: { kind: 'account', recordId: '0190c1e2-7a3b-7c4d-8e5f-a1b2c3d4e5f6', instance: 'crm.example.com' },
    },
  ],
  negative: [
    { url: 'https://acme.espocloud.com/#Lead', why: 'leads list' },
    { url: 'https://acme.espocloud.com/#Lead/list?primaryFilter=actual', why: 'list with a filter' },
    { url: 'https://acme.espocloud.com/#Lead/create', why: 'create form' },
    { url: `https://acme.espocloud.com/#Lead/convert/${id}`, why: 'lead conversion screen' },
    { url: `https://acme.espocloud.com/#Case/view/${id}`, why: 'case: another entity' },
    { url: `https://acme.espocloud.com/#Task/view/${id}`, why: 'task: another entity' },
    { url: `https://acme.espocloud.com/#Report/view/${id}`, why: 'report' },
    { url: 'https://acme.espocloud.com/#Admin/settings', why: 'administration' },
  ],
};
