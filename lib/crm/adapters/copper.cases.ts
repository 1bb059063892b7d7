// Sources: record links built by public Copper integrations
// (`https://app.copper.com/companies/{accountId}/app#/{organization|deal|contact}/{id}`, legacy
// `https://app.prosperworks.com/companies/{id}/app#/deal/{id}` and `app?p=db#/lead/{id}`), and
// board/list/settings/dashboard/search routes found in the same code.
import type { AdapterCases } from '../types';

export const copperCases: AdapterCases = {
  positive: [
    {
      url: 'https://app.copper.com/companies/562111/app#/deal/20339118',
      expect: { kind: 'opportunity', recordId: '20339118', instance: '562111' },
      sameAs: 'deal',
    },
    {
      url: 'https://app.prosperworks.com/companies/562111/app#/deal/20339118',
      expect: { kind: 'opportunity', recordId: '20339118', instance: '562111' },
      sameAs: 'deal',
    },
    {
      url: 'https://app.copper.com/companies/562111/app?p=db#/deal/20339118',
      expect: { kind: 'opportunity', recordId: '20339118', instance: '562111' },
      sameAs: 'deal',
    },
    { url: 'https://app.copper.com/companies/562111/app#/contact/11223344', expect: { kind: 'contact', recordId: '11223344', instance: '562111' } },
    { url: 'https://app.copper.com/companies/562111/app#/organization/5566778', expect: { kind: 'account', recordId: '5566778', instance: '562111' } },
    { url: 'https://app.prosperworks.com/companies/45172/app?p=db#/lead/9988776', expect: { kind: 'lead', recordId: '9988776', instance: '45172' } },
    { url: 'https://app.copper.com/companies/45172/app#/lead/9988776/activity', expect: { kind: 'lead', recordId: '9988776', instance: '45172' } },
    // A person or company opened over a list (github.com/DeskproApps/copper: src/utils/getExternalLinks.ts builds
    // `…/app#/browse/list/people/default?fullProfile=people-{id}`, its test expects `…/companies/100/app#/browse/list/people/default?fullProfile=people-500`;
    // its company views link `…/browse/list/companies/default?fullProfile=companies-{id}` and
    // `…/browse/list/companies/default?context=companies-{id}&preview=companies-{id}&tab=activity`).
    {
      url: 'https://app.copper.com/companies/100/app#/browse/list/people/default?fullProfile=people-500',
      expect: { kind: 'contact', recordId: '500', instance: '100' },
      sameAs: 'person',
    },
    { url: 'https://app.copper.com/companies/100/app#/contact/500', expect: { kind: 'contact', recordId: '500', instance: '100' }, sameAs: 'person' },
    {
      url: 'https://app.copper.com/companies/562111/app#/browse/list/companies/default?fullProfile=companies-5566778',
      expect: { kind: 'account', recordId: '5566778', instance: '562111' },
      sameAs: 'company',
    },
    {
      url: 'https://app.copper.com/companies/562111/app#/browse/list/companies/default?context=companies-5566778&preview=companies-5566778&tab=activity',
      expect: { kind: 'account', recordId: '5566778', instance: '562111' },
      sameAs: 'company',
    },
    {
      url: 'https://app.copper.com/companies/562111/app#/organization/5566778',
      expect: { kind: 'account', recordId: '5566778', instance: '562111' },
      sameAs: 'company',
    },
  ],
  negative: [
    { url: 'https://app.copper.com/companies/562111/app#/browse/board/opportunities/default?pipeline=1084986', why: 'pipeline board with an id in the query' },
    { url: 'https://app.copper.com/companies/562111/app#/browse/list/people/default', why: 'people list' },
    { url: 'https://app.prosperworks.com/companies/391648/app#/settings/api-keys', why: 'settings' },
    { url: 'https://app.prosperworks.com/companies/45172/app?p=db#/dashboard/user/759574/today', why: 'dashboard with a user id' },
    { url: 'https://app.copper.com/companies/562111/app#/project/4455', why: 'project: another object' },
    { url: 'https://app.copper.com/companies/562111/app#/task/4456', why: 'task: another object' },
    { url: 'https://app.copper.com/companies/settings/custom_fields/12345', why: 'custom field settings' },
    { url: 'https://app.copper.com/companies/562111/app#/feed', why: 'activity feed' },
    { url: 'https://app.copper.com/companies/562111/app#/browse/list/companies/default', why: 'companies list: the preview closed' },
    {
      url: 'https://app.copper.com/companies/562111/app#/browse/list/companies/default?context=companies-5566778',
      why: 'list with a context but no record open',
    },
    { url: 'https://app.copper.com/companies/562111/app#/browse/list/projects/default?fullProfile=projects-4455', why: 'project opened over a list' },
    { url: 'https://app.copper.com/companies/562111/app#/browse/list/people/default?fullProfile=people-', why: 'full profile without an id' },
  ],
};
