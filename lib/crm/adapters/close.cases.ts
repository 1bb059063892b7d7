// Sources: lead links built by public Close integrations (`https://app.close.com/lead/{lead_id}/`),
// Close API ids (`lead_…`, `oppo_…`, `cont_…`), and Close's own list/report/settings routes as
// recorded from an authenticated trial in a public audit (`/leads/`, `/opportunities/pipeline/`,
// `/tasks/inbox/`, `/reporting/overview/`, `/settings/statuses/`, `/saved-views/`).
import type { AdapterCases } from '../types';

const id = 'lead_IIDHIStmFDKBzPVgRxmQX9aAzOyBd6bmS5zOEafOx1Q';
export const closeCases: AdapterCases = {
  positive: [
    { url: `https://app.close.com/lead/${id}/`, expect: { kind: 'lead', recordId: id, instance: 'app.close.com' }, sameAs: 'lead' },
    { url: `https://app.close.com/lead/${id}`, expect: { kind: 'lead', recordId: id, instance: 'app.close.com' }, sameAs: 'lead' },
    { url: `https://app.close.io/lead/${id}/`, expect: { kind: 'lead', recordId: id, instance: 'app.close.com' }, sameAs: 'lead' },
    {
      url: `https://app.close.com/lead/${id}/?opportunity_id=oppo_8eB77gAdf8FMy6GsNHEy84f7uoeEWv55slvUjKQZpJt`,
      expect: { kind: 'lead', recordId: id, instance: 'app.close.com' },
      sameAs: 'lead',
    },
    { url: `https://app.close.com/lead/${id}/#activity`, expect: { kind: 'lead', recordId: id, instance: 'app.close.com' }, sameAs: 'lead' },
    {
      url: 'https://app.close.com/lead/lead_1SRKI8nrzxdAVu5ZQ9XdLYxyH0kW4K53lq9ax6WLIBp/',
      title: 'Acme Inc',
      expect: { kind: 'lead', recordId: 'lead_1SRKI8nrzxdAVu5ZQ9XdLYxyH0kW4K53lq9ax6WLIBp', instance: 'app.close.com' },
    },
  ],
  negative: [
    { url: 'https://app.close.com/leads/', why: 'leads list' },
    { url: `https://app.close.com/leads/?query=id%3A${id}`, why: 'list search with a lead id in the query' },
    { url: 'https://app.close.com/opportunities/pipeline/', why: 'opportunity pipeline' },
    { url: 'https://app.close.com/tasks/inbox/', why: 'tasks inbox' },
    { url: 'https://app.close.com/reporting/overview/', why: 'report' },
    { url: 'https://app.close.com/settings/statuses/', why: 'settings' },
    { url: 'https://app.close.com/lead/', why: 'no lead id' },
    { url: 'https://close.com/lead/lead_IIDHIStmFDKBzPVgRxmQX9aAzOyBd6bmS5zOEafOx1Q/', why: 'marketing site, not the app host' },
  ],
};
