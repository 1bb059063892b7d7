import { salesforce } from '../lib/crm/adapters/salesforce';
import { crmContentScript } from '../lib/content/define';

export default crmContentScript(salesforce);
