import type { RecordKind } from '../../model/vocabulary';
import { table } from '../parse';
import type { CrmAdapter } from '../types';

/**
 * Twenty (open source; Twenty Cloud at `app.twenty.com` and per-workspace `{workspace}.twenty.com`,
 * or self-hosted). A record page is `/object/{objectNameSingular}/{uuid}`; lists are `/objects/{plural}`.
 * Standard objects: person → contact, company → account, opportunity → opportunity. Twenty has no
 * standard lead object; workspaces commonly add a custom object named `lead`, which maps to lead.
 * Other custom objects are null. Instance: the host (the workspace subdomain is part of it).
 */
const KIND = table<RecordKind>({ person: 'contact', company: 'account', opportunity: 'opportunity', lead: 'lead' });
const RECORD = /^\/object\/([A-Za-z]+)\/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\/?$/;
/** Twenty's own subdomains, not workspaces. */
const NOT_A_WORKSPACE = /^(?:www|api|docs)\.twenty\.com$/;

export const twenty: CrmAdapter = {
  id: 'twenty',
  label: 'Twenty',
  hosts: ['*.twenty.com'],
  selfHosted: true,
  detect(url) {
    const host = url.hostname;
    if (host === 'twenty.com' || NOT_A_WORKSPACE.test(host)) return null;
    const m = RECORD.exec(url.pathname);
    if (!m) return null;
    const kind = KIND[m[1]!];
    return kind ? { kind, recordId: m[2]!.toLowerCase(), instance: url.host } : null;
  },
  nameSelectors: ['[data-testid="top-bar-title"]', '.record-show-page-header h1', 'h1'],
};
