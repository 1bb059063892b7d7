import type { CrmId } from '../model/record';
import type { CrmAdapter } from './types';
import { salesforce } from './adapters/salesforce';
import { hubspot } from './adapters/hubspot';
import { pipedrive } from './adapters/pipedrive';
import { zoho } from './adapters/zoho';
import { dynamics } from './adapters/dynamics';

/** Every adapter, one per CRM id. A test fails if an adapter file is missing from here. */
export const ADAPTERS: readonly CrmAdapter[] = [salesforce, hubspot, pipedrive, zoho, dynamics];

export const adapterById = new Map<CrmId, CrmAdapter>(ADAPTERS.map((a) => [a.id, a]));
