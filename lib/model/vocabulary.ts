// Plain constants, free of zod: the content script imports these and must stay small.

/** The four kinds of CRM record the sidebar appears on. */
export const RECORD_KINDS = ['lead', 'opportunity', 'contact', 'account'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** Adapter ids; they appear in stored keys, so they never change. */
export const CRM_IDS = [
  'salesforce', 'hubspot', 'pipedrive', 'zoho', 'dynamics', 'close', 'freshsales', 'copper',
  'sugarcrm', 'odoo', 'espocrm', 'attio', 'zendesk-sell', 'insightly', 'nutshell', 'capsule',
  'twenty', 'monday',
] as const;
export type CrmId = (typeof CRM_IDS)[number];

/** The stable key of one record, however its URL is spelled. */
export function recordKey(crm: CrmId, instance: string, kind: RecordKind, recordId: string): string {
  return `${crm}:${instance}:${kind}:${recordId}`;
}

/** Name of the port the sidebar frame opens to the content script of its own tab. */
export const SIDEBAR_PORT = 'closeward-sidebar';
