import { odoo } from '../lib/crm/adapters/odoo';
import { crmContentScript } from '../lib/content/define';

export default crmContentScript(odoo);
