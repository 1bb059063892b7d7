// Plain constants, free of zod: the content script imports these and must stay small.

/** The four kinds of CRM record the sidebar appears on. */
export const RECORD_KINDS = ['lead', 'opportunity', 'contact', 'account'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** Adapter ids; they appear in stored keys, so they never change. */
export const CRM_IDS = [
  'salesforce',
  'hubspot',
  'pipedrive',
  'zoho',
  'dynamics',
  'close',
  'freshsales',
  'copper',
  'sugarcrm',
  'odoo',
  'espocrm',
  'attio',
  'zendesk-sell',
  'insightly',
  'nutshell',
  'capsule',
  'twenty',
  'monday',
] as const;
export type CrmId = (typeof CRM_IDS)[number];

/** The stable key of one record, however its URL is spelled. */
export function recordKey(crm: CrmId, instance: string, kind: RecordKind, recordId: string): string {
  return `${crm}:${instance}:${kind}:${recordId}`;
}

/** Each CRM's name as reps know it (the adapters carry the same labels; a test keeps them equal). */
export const CRM_LABELS: Record<CrmId, string> = {
  salesforce: 'Salesforce',
  hubspot: 'HubSpot',
  pipedrive: 'Pipedrive',
  zoho: 'Zoho CRM',
  dynamics: 'Microsoft Dynamics 365',
  close: 'Close',
  freshsales: 'Freshsales',
  copper: 'Copper',
  sugarcrm: 'SugarCRM / SuiteCRM',
  odoo: 'Odoo',
  espocrm: 'EspoCRM',
  attio: 'Attio',
  'zendesk-sell': 'Zendesk Sell',
  insightly: 'Insightly',
  nutshell: 'Nutshell',
  capsule: 'Capsule',
  twenty: 'Twenty',
  monday: 'monday CRM',
};
