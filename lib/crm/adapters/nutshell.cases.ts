// Sources: Nutshell API responses in public code (`htmlUrl: https://app.nutshell.com/company/7-test-account-hull-1`,
// `htmlUrlPath`), record links in public integrations (`https://app.nutshell.com/lead/id/99`,
// `https://app.nutshell.com/contact/1001`), and Nutshell's REST/JSON-RPC API paths (`/rest/…`, `/api/v1/json`).
import type { AdapterCases } from '../types';

export const nutshellCases: AdapterCases = {
  positive: [
    { url: 'https://app.nutshell.com/lead/id/99', expect: { kind: 'opportunity', recordId: '99', instance: 'app.nutshell.com' }, sameAs: 'lead' },
    {
      url: 'https://app.nutshell.com/lead/99-billboard-campaign',
      expect: { kind: 'opportunity', recordId: '99', instance: 'app.nutshell.com' },
      sameAs: 'lead',
    },
    { url: 'https://app.nutshell.com/contact/1001', expect: { kind: 'contact', recordId: '1001', instance: 'app.nutshell.com' }, sameAs: 'contact' },
    { url: 'https://app.nutshell.com/contact/1001-jane-doe', expect: { kind: 'contact', recordId: '1001', instance: 'app.nutshell.com' }, sameAs: 'contact' },
    { url: 'https://app.nutshell.com/company/7-test-account-hull-1', expect: { kind: 'account', recordId: '7', instance: 'app.nutshell.com' } },
    { url: 'https://app.nutshell.com/company/7?tab=timeline', expect: { kind: 'account', recordId: '7', instance: 'app.nutshell.com' } },
  ],
  negative: [
    // Public integrations build `https://app.nutshell.com/lead/{number}` from the API's lead `number`
    // (e.g. a WordPress forms add-on's Nutshell feed, `$lead_payload['number']`): not the id.
    { url: 'https://app.nutshell.com/lead/1234', why: 'bare number is the lead number, not its id' },
    { url: 'https://app.nutshell.com/leads?filter=99', why: 'leads list with an id in the query' },
    { url: 'https://app.nutshell.com/people', why: 'people list' },
    { url: 'https://app.nutshell.com/rest/comments?parent_id=99', why: 'API' },
    { url: 'https://app.nutshell.com/auth', why: 'sign-in' },
    { url: 'https://app.nutshell.com/setup/pipeline', why: 'settings' },
    { url: 'https://app.nutshell.com/file/api/9', why: 'file download' },
  ],
};
