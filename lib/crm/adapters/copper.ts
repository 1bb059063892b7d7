import type { RecordKind } from '../../model/vocabulary';
import { table } from '../parse';
import type { CrmAdapter } from '../types';

/**
 * Copper (formerly ProsperWorks). The app is `/companies/{accountId}/app` and records are hash
 * routes: `#/lead/{id}`, `#/contact/{id}` (People), `#/organization/{id}` (Companies),
 * `#/deal/{id}` (Opportunities); `?p=db` may sit before the hash. Projects (`#/project/`), tasks
 * and the `#/browse/…` lists are not records. Instance: the Copper account id in the path.
 */
const KIND = table<RecordKind>({ lead: 'lead', contact: 'contact', organization: 'account', deal: 'opportunity' });
const APP = /^\/companies\/(\d{1,12})\/app\/?$/;
const HASH = /^#\/(lead|contact|organization|deal)\/(\d{1,15})(?:[/?].*)?$/;

export const copper: CrmAdapter = {
  id: 'copper',
  label: 'Copper',
  hosts: ['app.copper.com', 'app.prosperworks.com'],
  detect(url) {
    const app = APP.exec(url.pathname);
    if (!app) return null;
    const record = HASH.exec(url.hash);
    return record ? { kind: KIND[record[1]!]!, recordId: record[2]!, instance: app[1]! } : null;
  },
  nameSelectors: ['[data-testid="entity-name"]', '.EntityName', '.pw_detail_header h1', 'main h1'],
};
