import { attio } from '../lib/crm/adapters/attio';
import { crmContentScript } from '../lib/content/define';

export default crmContentScript(attio);
