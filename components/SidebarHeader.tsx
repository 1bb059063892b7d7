import type { RecordPage } from '../lib/model/record';
import type { ThemeChoice } from '../lib/model/settings';
import type { StoredRecord } from '../lib/model/stored-record';
import { ThemeControl } from './ThemeControl';

const KIND_LABEL = { lead: 'Lead', opportunity: 'Opportunity', contact: 'Contact', account: 'Account' } as const;

export interface SidebarHeaderProps {
  page: RecordPage | null;
  record: StoredRecord | undefined;
  saving: boolean;
  saveError: string | undefined;
  theme: ThemeChoice;
  onThemeChange(theme: ThemeChoice): void;
  onCollapse(): void;
}

/**
 * The name the header shows: the page's, else the stored record's (the record may still be the
 * previous one while the next loads: only its own name counts), else the record id.
 */
export function recordName(page: RecordPage | null, record: StoredRecord | undefined): string {
  return page?.name ?? (record?.key === page?.key ? record?.name : undefined) ?? page?.recordId ?? '';
}

/** Which record this is, whether edits are saved, and the collapse control. */
export function SidebarHeader({ page, record, saving, saveError, theme, onThemeChange, onCollapse }: SidebarHeaderProps) {
  const name = recordName(page, record);
  return (
    <header class="cw-header">
      <div class="cw-title">
        {page ? <span class="cw-kind" data-testid="record-kind">{KIND_LABEL[page.kind]}</span> : null}
        <h1 class="cw-name" data-testid="record-name" title={name}>
          {name}
        </h1>
      </div>
      <ThemeControl theme={theme} onChange={onThemeChange} />
      <button type="button" class="cw-icon-button" aria-label="Collapse the sidebar (Esc)" aria-expanded="true" onClick={onCollapse}>
        ›
      </button>
      <p class={saveError ? 'cw-save cw-save-error' : 'cw-save'} role="status" aria-live="polite" data-testid="save-status">
        {saveError ?? (saving ? 'Saving…' : page ? 'Saved on this computer' : '')}
      </p>
    </header>
  );
}
