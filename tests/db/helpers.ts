import { ClosewardDb } from '../../lib/db/database';
import type { RecordPage } from '../../lib/model/record';

/** A database of its own for one test: fake-indexeddb is shared by the whole file. */
export function freshName(): string {
  return `closeward-test-${crypto.randomUUID()}`;
}

export function freshDb(name = freshName()): ClosewardDb {
  return new ClosewardDb(name);
}

export const LEAD: RecordPage = {
  crm: 'salesforce',
  instance: 'acme.my.salesforce.com',
  kind: 'lead',
  recordId: '00Q5g00000AbCdEFGH',
  key: 'salesforce:acme.my.salesforce.com:lead:00Q5g00000AbCdEFGH',
  name: 'Ada Lovelace',
};

export const DEAL: RecordPage = {
  crm: 'hubspot',
  instance: '4711',
  kind: 'opportunity',
  recordId: '998877',
  key: 'hubspot:4711:opportunity:998877',
  name: 'Acme renewal',
};
