import type { RecordPage } from '../model/record';
import { recordKey, type CrmId } from '../model/vocabulary';
import { hostMatches } from './hosts';
import { ADAPTERS, adapterById } from './registry';
import type { CrmAdapter } from './types';

export type { RecordPage } from '../model/record';
export { ADAPTERS } from './registry';

export interface RecognizeInput {
  url: string;
  title?: string;
  /** The CRM the rep chose for a custom domain; lets self-hosted CRMs match any host. */
  crm?: CrmId;
}

function parse(url: string): URL | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : null;
  } catch {
    return null;
  }
}

function adaptersFor(host: string, crm: CrmId | undefined): CrmAdapter[] {
  if (crm) {
    const chosen = adapterById.get(crm);
    return chosen ? [chosen] : [];
  }
  return ADAPTERS.filter((a) => a.hosts.some((p) => hostMatches(p, host)));
}

/**
 * Which CRM record, if any, a page shows. Pure: no DOM, no globals; never throws.
 * List views, setup, reports and other object types give null.
 */
export function recognize(input: RecognizeInput): RecordPage | null {
  try {
    const url = parse(input.url);
    if (!url) return null;
    for (const adapter of adaptersFor(url.hostname, input.crm)) {
      const found = adapter.detect(url);
      if (!found) continue;
      const page: RecordPage = {
        crm: adapter.id,
        instance: found.instance,
        kind: found.kind,
        recordId: found.recordId,
        key: recordKey(adapter.id, found.instance, found.kind, found.recordId),
      };
      const name = input.title ? adapter.readName?.(input.title) : undefined;
      if (name) page.name = name;
      return page;
    }
    return null;
  } catch {
    return null;
  }
}
