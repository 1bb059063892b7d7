import type { RecordKind } from '../../model/vocabulary';
import { rawParams, table } from '../parse';
import type { CrmAdapter } from '../types';

/**
 * Copper (formerly ProsperWorks). The app is `/companies/{accountId}/app` and records are hash
 * routes: `#/lead/{id}`, `#/contact/{id}` (People), `#/organization/{id}` (Companies),
 * `#/deal/{id}` (Opportunities); `?p=db` may sit before the hash. A person or company opened over a
 * list keeps the list route and names the record in the hash's query:
 * `#/browse/list/people/default?fullProfile=people-{id}`, `…/companies/default?preview=companies-{id}`.
 * Projects (`#/project/`), tasks and the `#/browse/…` lists without a record are not records.
 * Instance: the Copper account id in the path.
 */
const KIND = table<RecordKind>({ lead: 'lead', contact: 'contact', organization: 'account', deal: 'opportunity' });
const APP = /^\/companies\/(\d{1,12})\/app\/?$/;
const HASH = /^#\/(lead|contact|organization|deal)\/(\d{1,15})(?:[/?].*)?$/;
/** A list route; its query (inside the hash) may name the record open over it. */
const BROWSE = /^#\/browse\/list\/[a-z_]+\/[^?]*(\?.*)$/;
const PANEL_PARAMS = ['fullprofile', 'preview'] as const;
/** The record a full profile or preview shows: `people-{id}` or `companies-{id}`. */
const PANEL_RECORD = /^(people|companies)-(\d{1,15})$/;
const PANEL_KIND = table<RecordKind>({ people: 'contact', companies: 'account' });

export const copper: CrmAdapter = {
  id: 'copper',
  label: 'Copper',
  hosts: ['app.copper.com', 'app.prosperworks.com'],
  detect(url) {
    const app = APP.exec(url.pathname);
    if (!app) return null;
    const record = HASH.exec(url.hash);
    if (record) return { kind: KIND[record[1]!]!, recordId: record[2]!, instance: app[1]! };
    const browse = BROWSE.exec(url.hash);
    if (!browse) return null;
    const [fullProfile, preview] = rawParams(browse[1]!, PANEL_PARAMS);
    const panel = PANEL_RECORD.exec(fullProfile ?? preview ?? '');
    return panel ? { kind: PANEL_KIND[panel[1]!]!, recordId: panel[2]!, instance: app[1]! } : null;
  },
  nameSelectors: ['[data-testid="entity-name"]', '.EntityName', '.pw_detail_header h1', 'main h1'],
};
