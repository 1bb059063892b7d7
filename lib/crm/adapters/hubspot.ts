import type { RecordKind } from '../../model/vocabulary';
import type { CrmAdapter } from '../types';

/** HubSpot's object type ids for the four kinds; tickets (0-5) and others are not ours. */
const OBJECT_TYPE_KIND: Record<string, RecordKind> = {
  '0-1': 'contact',
  '0-2': 'account',
  '0-3': 'opportunity',
  '0-136': 'lead',
};
/** Legacy routes (`/contacts/{portal}/contact/{id}`) still redirect to the record. */
const LEGACY_KIND: Record<string, RecordKind> = {
  contact: 'contact',
  company: 'account',
  deal: 'opportunity',
};

const RECORD = /^\/contacts\/(\d+)\/record\/(0-\d+)\/(\d+)(?:\/.*)?$/;
const LEGACY = /^\/contacts\/(\d+)\/(contact|company|deal)\/(\d+)\/?$/;

export const hubspot: CrmAdapter = {
  id: 'hubspot',
  label: 'HubSpot',
  hosts: ['app.hubspot.com', 'app-eu1.hubspot.com', 'app-na2.hubspot.com', 'app-na3.hubspot.com', 'app-ap1.hubspot.com'],
  detect(url) {
    const path = url.pathname;
    const record = RECORD.exec(path);
    if (record) {
      const kind = OBJECT_TYPE_KIND[record[2]!];
      return kind ? { kind, recordId: record[3]!, instance: record[1]! } : null;
    }
    const legacy = LEGACY.exec(path);
    if (legacy) return { kind: LEGACY_KIND[legacy[2]!]!, recordId: legacy[3]!, instance: legacy[1]! };
    return null;
  },
  readName(title) {
    // "Jane Doe | Contact" / "Acme Corp - Deal | HubSpot"
    const first = title.split(/ \| | - /)[0]?.trim();
    return first && first !== 'HubSpot' && title.length > first.length ? first : undefined;
  },
  nameSelectors: ['[data-selenium-test="highlightTitle"]', '[data-test-id="record-title"]', 'h1'],
};
