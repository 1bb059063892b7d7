import type { RecordPage } from '../model/record';
import { recordKey } from '../model/vocabulary';
import { boundedTitle, pageName } from './name';
import type { CrmAdapter } from './types';
import type { UrlParts } from './url';

/**
 * One adapter's answer for a parsed URL, as a RecordPage. Used by `recognize()` over all
 * adapters, and alone by each CRM's content script, which carries only its own adapter.
 * Adapters see a bounded prefix of the title, so recognition stays linear however long it is.
 */
export function pageFrom(adapter: CrmAdapter, url: UrlParts, title: string | undefined): RecordPage | null {
  const bounded = title ? boundedTitle(title) : undefined;
  const found = adapter.detect(url, bounded);
  if (!found) return null;
  const key = recordKey(adapter.id, found.instance, found.kind, found.recordId);
  const name = bounded ? pageName(adapter.readName?.(bounded)) : undefined;
  return name
    ? { crm: adapter.id, instance: found.instance, kind: found.kind, recordId: found.recordId, key, name }
    : { crm: adapter.id, instance: found.instance, kind: found.kind, recordId: found.recordId, key };
}
