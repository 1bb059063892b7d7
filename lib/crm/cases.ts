// Test tables only: imported by tests and the benchmark, never by the content script.
import type { CrmId } from '../model/vocabulary';
import type { AdapterCases } from './types';
import { salesforceCases } from './adapters/salesforce.cases';
import { hubspotCases } from './adapters/hubspot.cases';

export const ALL_CASES: Partial<Record<CrmId, AdapterCases>> = {
  salesforce: salesforceCases,
  hubspot: hubspotCases,
};
