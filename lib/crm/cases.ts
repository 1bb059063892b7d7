// Test tables only: imported by tests and the benchmark, never by the content script.
import type { CrmId } from '../model/record';
import type { AdapterCases } from './types';
import { salesforceCases } from './adapters/salesforce.cases';
import { hubspotCases } from './adapters/hubspot.cases';
import { pipedriveCases } from './adapters/pipedrive.cases';
import { zohoCases } from './adapters/zoho.cases';
import { dynamicsCases } from './adapters/dynamics.cases';

export const ALL_CASES: Partial<Record<CrmId, AdapterCases>> = {
  salesforce: salesforceCases,
  hubspot: hubspotCases,
  pipedrive: pipedriveCases,
  zoho: zohoCases,
  dynamics: dynamicsCases,
};
