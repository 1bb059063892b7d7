import { CRM_LABELS, type CrmId } from '../lib/model/vocabulary';

export const crmLabel = (crm: CrmId): string => CRM_LABELS[crm];
