import type { CrmId, RecordKind } from './record';

/** One record found by name, CRM or kind. */
export interface SearchHit {
  key: string;
  url: string;
  name: string;
  crm: CrmId;
  kind: RecordKind;
  lastVisited: number;
}
