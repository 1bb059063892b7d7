// Sources: Attio REST API docs (record `web_url` = `https://app.attio.com/{workspace}/person/{record_id}`),
// record links in public integrations (`/{workspace}/company/{id}/overview`,
// `/{workspace}/deals/record/{id}/overview`, `/deals/record/{id}/notes?modal=note&id=…`,
// `/{workspace}/notes/notes?modal=note&id=…`, `app.attio.com/lists/lst_…`).
import type { AdapterCases } from '../types';

const person = 'bf071e1f-6035-429d-b874-d83ea64ea13b';
export const attioCases: AdapterCases = {
  positive: [
    { url: `https://app.attio.com/salarya/person/${person}`, expect: { kind: 'contact', recordId: person, instance: 'salarya' }, sameAs: 'person' },
    { url: `https://app.attio.com/salarya/person/${person}/overview`, expect: { kind: 'contact', recordId: person, instance: 'salarya' }, sameAs: 'person' },
    {
      url: `https://app.attio.com/salarya/people/record/${person.toUpperCase()}/activity`,
      expect: { kind: 'contact', recordId: person, instance: 'salarya' },
      sameAs: 'person',
    },
    {
      url: 'https://app.attio.com/butterflyagency/company/6b1e6a4b-5e3f-4c2d-9a8b-1f2e3d4c5b6a/overview',
      expect: { kind: 'account', recordId: '6b1e6a4b-5e3f-4c2d-9a8b-1f2e3d4c5b6a', instance: 'butterflyagency' },
    },
    {
      url: 'https://app.attio.com/textql-data/deals/record/637f050b-409d-4fdf-b401-b85d48a5e9df/overview',
      expect: { kind: 'opportunity', recordId: '637f050b-409d-4fdf-b401-b85d48a5e9df', instance: 'textql-data' },
    },
    {
      url: 'https://app.attio.com/textql-data/deals/record/637f050b-409d-4fdf-b401-b85d48a5e9df/notes?modal=note&id=05649629-8d0c-4b6a-a2b6-a0f9d95effa6',
      expect: { kind: 'opportunity', recordId: '637f050b-409d-4fdf-b401-b85d48a5e9df', instance: 'textql-data' },
    },
  ],
  negative: [
    { url: 'https://app.attio.com/lists/lst_abc123', why: 'list' },
    { url: 'https://app.attio.com/salarya/people', why: 'people table' },
    { url: 'https://app.attio.com/salarya/notes/notes?modal=note&id=05649629-8d0c-4b6a-a2b6-a0f9d95effa6', why: 'note modal over the notes page' },
    { url: 'https://app.attio.com/salarya/settings/objects/people', why: 'settings' },
    { url: 'https://app.attio.com/salarya/reports/4f1c2b3a-0000-4000-8000-000000000001', why: 'report' },
    { url: 'https://app.attio.com/salarya/tasks', why: 'tasks' },
    { url: `https://app.attio.com/salarya/investors/record/${person}`, why: 'custom object: kind unknown' },
    { url: 'https://app.attio.com/authorize?response_type=code&client_id=abc', why: 'OAuth authorize page' },
  ],
};
