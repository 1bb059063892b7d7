import type { RecordKind } from '../../model/vocabulary';
import { table } from '../parse';
import type { CrmAdapter } from '../types';

/**
 * Attio. Records live under the workspace slug: `app.attio.com/{workspace}/person/{uuid}` and
 * `/{workspace}/company/{uuid}` (the API's `web_url`), deals at `/{workspace}/deals/record/{uuid}`;
 * a tab may follow (`/overview`, `/notes?modal=note&id=…`). Standard objects: people → contact,
 * companies → account, deals → opportunity. Attio has no lead object; custom objects
 * (`/{workspace}/{object}/record/{uuid}`) can model anything, so they give null.
 * Instance: the workspace slug.
 */
const KIND = table<RecordKind>({
  person: 'contact',
  people: 'contact',
  company: 'account',
  companies: 'account',
  deals: 'opportunity',
});
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const SHORT = new RegExp(`^/([a-z0-9][a-z0-9-]{0,62})/(person|company)/(${UUID})(?:/.*)?$`);
const RECORD = new RegExp(`^/([a-z0-9][a-z0-9-]{0,62})/([a-z0-9_-]+)/record/(${UUID})(?:/.*)?$`);

export const attio: CrmAdapter = {
  id: 'attio',
  label: 'Attio',
  hosts: ['app.attio.com'],
  detect(url) {
    const m = SHORT.exec(url.pathname) ?? RECORD.exec(url.pathname);
    if (!m) return null;
    const kind = KIND[m[2]!];
    return kind ? { kind, recordId: m[3]!.toLowerCase(), instance: m[1]! } : null;
  },
  nameSelectors: ['[data-testid="record-name"]', 'header h1', 'main h1'],
};
