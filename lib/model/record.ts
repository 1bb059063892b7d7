import { z } from 'zod/mini';

/** The four kinds of CRM record the sidebar appears on. */
export const RECORD_KINDS = ['lead', 'opportunity', 'contact', 'account'] as const;
export const RecordKind = z.enum(RECORD_KINDS);
export type RecordKind = z.infer<typeof RecordKind>;

/** Adapter ids; they appear in stored keys, so they never change. */
export const CRM_IDS = [
  'salesforce', 'hubspot', 'pipedrive', 'zoho', 'dynamics', 'close', 'freshsales', 'copper',
  'sugarcrm', 'odoo', 'espocrm', 'attio', 'zendesk-sell', 'insightly', 'nutshell', 'capsule',
  'twenty', 'monday',
] as const;
export const CrmId = z.enum(CRM_IDS);
export type CrmId = z.infer<typeof CrmId>;

/** What the recognizer says about a page: the contract in ARCHITECTURE.md. */
export const RecordPage = z.object({
  crm: CrmId,
  instance: z.string().check(z.minLength(1)),
  kind: RecordKind,
  recordId: z.string().check(z.minLength(1)),
  key: z.string().check(z.minLength(1)),
  name: z.optional(z.string()),
});
export type RecordPage = z.infer<typeof RecordPage>;

/** The stable key of one record, however its URL is spelled. */
export function recordKey(crm: CrmId, instance: string, kind: RecordKind, recordId: string): string {
  return `${crm}:${instance}:${kind}:${recordId}`;
}
