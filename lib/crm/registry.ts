import type { CrmAdapter } from './types';
import { salesforce } from './adapters/salesforce';
import { hubspot } from './adapters/hubspot';
import { pipedrive } from './adapters/pipedrive';
import { zoho } from './adapters/zoho';
import { dynamics } from './adapters/dynamics';
import { close } from './adapters/close';
import { freshsales } from './adapters/freshsales';
import { copper } from './adapters/copper';
import { sugarcrm } from './adapters/sugarcrm';
import { odoo } from './adapters/odoo';
import { espocrm } from './adapters/espocrm';
import { attio } from './adapters/attio';
import { zendeskSell } from './adapters/zendesk-sell';
import { insightly } from './adapters/insightly';
import { nutshell } from './adapters/nutshell';
import { capsule } from './adapters/capsule';
import { twenty } from './adapters/twenty';
import { monday } from './adapters/monday';

/** Every adapter, one per CRM id. A test fails if an adapter file is missing from here. */
export const ADAPTERS: readonly CrmAdapter[] = [
  salesforce,
  hubspot,
  pipedrive,
  zoho,
  dynamics,
  close,
  freshsales,
  copper,
  sugarcrm,
  odoo,
  espocrm,
  attio,
  zendeskSell,
  insightly,
  nutshell,
  capsule,
  twenty,
  monday,
];
