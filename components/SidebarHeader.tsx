import { useEffect, useState } from 'preact/hooks';
import type { RecordPage } from '../lib/model/record';
import type { StoredRecord } from '../lib/model/stored-record';

export const KIND_LABEL = { lead: 'Lead', opportunity: 'Opportunity', contact: 'Contact', account: 'Account' } as const;

/** How long the header waits for the CRM to name a record before saying it has no name. */
export const NAME_WAIT_MS = 5_000;

export interface SidebarHeaderProps {
  page: RecordPage | null;
  record: StoredRecord | undefined;
  saving: boolean;
  saveError: string | undefined;
}

/**
 * The name the header shows: the page's, else the stored record's (the record may still be the
 * previous one while the next loads: only its own name counts); '' while none is known.
 */
export function recordName(page: RecordPage | null, record: StoredRecord | undefined): string {
  return page?.name ?? (record?.key === page?.key ? record?.name : undefined) ?? '';
}

/** Which record this is and whether edits are saved. */
export function SidebarHeader({ page, record, saving, saveError }: SidebarHeaderProps) {
  const name = recordName(page, record);
  // The CRM often sets its title a moment after an in-app navigation: wait quietly, and only
  // then say the record has no name.
  const key = page?.key;
  const [waitedFor, setWaitedFor] = useState<string | undefined>();
  useEffect(() => {
    if (name || key === undefined) return undefined;
    const timer = setTimeout(() => setWaitedFor(key), NAME_WAIT_MS);
    return () => clearTimeout(timer);
  }, [name, key]);
  const placeholder = page && waitedFor === key ? `Unnamed ${KIND_LABEL[page.kind].toLowerCase()}` : page ? 'Loading name…' : 'No record open';
  return (
    <header class="cw-header">
      <h1 class={name ? 'cw-name' : 'cw-name cw-name-pending'} data-testid="record-name" title={name || page?.recordId}>
        {name || placeholder}
      </h1>
      <p class="cw-header-meta">
        {page ? (
          <span class="cw-kind" data-testid="record-kind">
            {KIND_LABEL[page.kind]}
          </span>
        ) : null}
        <span class={saveError ? 'cw-save cw-save-error' : 'cw-save'} role="status" aria-live="polite" data-testid="save-status">
          {saveError ?? (saving ? 'Saving…' : page ? 'Saved on this computer' : '')}
        </span>
      </p>
    </header>
  );
}
