import { espocrm } from '../lib/crm/adapters/espocrm';
import { crmContentScript } from '../lib/content/define';

export default crmContentScript(espocrm);
