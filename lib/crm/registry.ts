import type { CrmId } from '../model/vocabulary';
import type { CrmAdapter } from './types';
import { salesforce } from './adapters/salesforce';
import { hubspot } from './adapters/hubspot';

/** Every adapter, one per CRM id. A test fails if an adapter file is missing from here. */
export const ADAPTERS: readonly CrmAdapter[] = [salesforce, hubspot];

export const adapterById = new Map<CrmId, CrmAdapter>(ADAPTERS.map((a) => [a.id, a]));
