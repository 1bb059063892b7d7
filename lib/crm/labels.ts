import type { CrmId } from '../model/record';
import { ADAPTERS } from './registry';

const LABELS = new Map<string, string>(ADAPTERS.map((adapter) => [adapter.id, adapter.label]));

/** The CRM's name as the rep knows it ("HubSpot", "Zoho CRM"). */
export function crmLabel(crm: CrmId): string {
  return LABELS.get(crm) ?? crm;
}
