// Test tables only: imported by tests and the benchmark, never by the content script.
import type { CrmId } from '../model/vocabulary';
import type { AdapterCases } from './types';
import { salesforceCases } from './adapters/salesforce.cases';
import { hubspotCases } from './adapters/hubspot.cases';
import { pipedriveCases } from './adapters/pipedrive.cases';
import { zohoCases } from './adapters/zoho.cases';
import { dynamicsCases } from './adapters/dynamics.cases';
import { closeCases } from './adapters/close.cases';
import { freshsalesCases } from './adapters/freshsales.cases';
import { copperCases } from './adapters/copper.cases';
import { sugarcrmCases } from './adapters/sugarcrm.cases';
import { odooCases } from './adapters/odoo.cases';
import { espocrmCases } from './adapters/espocrm.cases';
import { attioCases } from './adapters/attio.cases';
import { zendeskSellCases } from './adapters/zendesk-sell.cases';
import { insightlyCases } from './adapters/insightly.cases';
import { nutshellCases } from './adapters/nutshell.cases';
import { capsuleCases } from './adapters/capsule.cases';
import { twentyCases } from './adapters/twenty.cases';
import { mondayCases } from './adapters/monday.cases';

export const ALL_CASES: Partial<Record<CrmId, AdapterCases>> = {
  salesforce: salesforceCases,
  hubspot: hubspotCases,
  pipedrive: pipedriveCases,
  zoho: zohoCases,
  dynamics: dynamicsCases,
  close: closeCases,
  freshsales: freshsalesCases,
  copper: copperCases,
  sugarcrm: sugarcrmCases,
  odoo: odooCases,
  espocrm: espocrmCases,
  attio: attioCases,
  'zendesk-sell': zendeskSellCases,
  insightly: insightlyCases,
  nutshell: nutshellCases,
  capsule: capsuleCases,
  twenty: twentyCases,
  monday: mondayCases,
};
