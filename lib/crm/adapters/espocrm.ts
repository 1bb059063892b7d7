import type { RecordKind } from '../../model/vocabulary';
import { table } from '../parse';
import type { CrmAdapter } from '../types';

/**
 * EspoCRM (EspoCloud at `*.espocloud.com`, or self-hosted under any path). A single-page app whose
 * routes are hashes: `#Lead/view/{id}` (detail) and `#Lead/edit/{id}` (edit form of the same record).
 * `#Lead`, `#Lead/list`, `#Lead/create` and `#Lead/convert/{id}` are not record pages.
 * Entity types map directly: Lead, Opportunity, Contact, Account. Ids are Espo's 17-character hex ids
 * (or UUIDs where an installation switched to them). Instance: the host.
 */
const KIND = table<RecordKind>({ Lead: 'lead', Opportunity: 'opportunity', Contact: 'contact', Account: 'account' });
const HASH = /^#([A-Za-z]+)\/(?:view|edit)\/([0-9a-zA-Z][0-9a-zA-Z-]{5,35})(?:[/?].*)?$/;

export const espocrm: CrmAdapter = {
  id: 'espocrm',
  label: 'EspoCRM',
  hosts: ['*.espocloud.com'],
  selfHosted: true,
  detect(url) {
    const m = HASH.exec(url.hash);
    if (!m) return null;
    const kind = KIND[m[1]!];
    return kind ? { kind, recordId: m[2]!, instance: url.host } : null;
  },
  nameSelectors: ['.detail .header .header-title', '.page-header .breadcrumb-item:last-child', '.page-header h3'],
};
