// Sources: record links in public integrations and their tests (`https://{account}.capsulecrm.com/party/{id}`,
// `https://energysparks.capsulecrm.com/opportunity/5678`), Capsule's object names (party = person or
// organisation, opportunity, kase = project).
import type { AdapterCases } from '../types';

export const capsuleCases: AdapterCases = {
  positive: [
    { url: 'https://energysparks.capsulecrm.com/party/1234', expect: { kind: 'contact', recordId: '1234', instance: 'energysparks' }, sameAs: 'party' },
    { url: 'https://energysparks.capsulecrm.com/party/1234/history', expect: { kind: 'contact', recordId: '1234', instance: 'energysparks' }, sameAs: 'party' },
    { url: 'https://slackspace.capsulecrm.com/party/272828446', expect: { kind: 'contact', recordId: '272828446', instance: 'slackspace' } },
    { url: 'http://ukoditech.capsulecrm.com/party/98765', expect: { kind: 'contact', recordId: '98765', instance: 'ukoditech' } },
    { url: 'https://energysparks.capsulecrm.com/opportunity/5678', expect: { kind: 'opportunity', recordId: '5678', instance: 'energysparks' } },
    { url: 'https://energysparks.capsulecrm.com/opportunity/5678/', expect: { kind: 'opportunity', recordId: '5678', instance: 'energysparks' } },
  ],
  negative: [
    { url: 'https://energysparks.capsulecrm.com/parties?q=1234', why: 'contacts list with an id in the query' },
    { url: 'https://energysparks.capsulecrm.com/pipeline', why: 'pipeline board' },
    { url: 'https://energysparks.capsulecrm.com/kase/4321', why: 'project' },
    { url: 'https://energysparks.capsulecrm.com/settings/account', why: 'settings' },
    { url: 'https://energysparks.capsulecrm.com/reports/won-opportunities', why: 'report' },
    { url: 'https://energysparks.capsulecrm.com/tasks', why: 'tasks' },
    { url: 'https://developer.capsulecrm.com/party/1234', why: 'developer site' },
  ],
};
