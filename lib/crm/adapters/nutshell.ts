import type { CrmAdapter } from '../types';

/**
 * Nutshell. Record pages on `app.nutshell.com`: `/contact/{id}` (people), `/company/{id}`
 * (the API's accounts) and leads. Nutshell's API gives `htmlUrl`s with a slug after the id
 * (`/company/7-test-account-hull-1`); links by id alone also open the record.
 * Vocabulary: a Nutshell "lead" is a sales opportunity (pipeline stage, value, won/lost), not an
 * unqualified person, so lead → opportunity; company → account; contact (person) → contact.
 * Leads are opened by id as `/lead/id/{id}` or `/lead/{id}-{slug}`; a bare `/lead/{n}` may carry the
 * lead's display number rather than its id, so it is not keyed (it would risk naming another lead).
 * Ids are per Nutshell instance but the URL does not name the instance: the instance is the app host.
 */
const CONTACT = /^\/contact\/(\d{1,12})(?:-[^/]*)?\/?$/;
const COMPANY = /^\/company\/(\d{1,12})(?:-[^/]*)?\/?$/;
const LEAD = /^\/lead\/(?:id\/(\d{1,12})|(\d{1,12})-[^/]+)\/?$/;

export const nutshell: CrmAdapter = {
  id: 'nutshell',
  label: 'Nutshell',
  hosts: ['app.nutshell.com'],
  detect(url) {
    const path = url.pathname;
    const instance = 'app.nutshell.com';
    let m = LEAD.exec(path);
    if (m) return { kind: 'opportunity', recordId: (m[1] ?? m[2])!, instance };
    if ((m = CONTACT.exec(path))) return { kind: 'contact', recordId: m[1]!, instance };
    if ((m = COMPANY.exec(path))) return { kind: 'account', recordId: m[1]!, instance };
    return null;
  },
  nameSelectors: ['[data-testid="entity-name"]', '.entity-header h1', 'h1'],
};
