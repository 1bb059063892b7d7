import { copper } from '../lib/crm/adapters/copper';
import { crmContentScript } from '../lib/content/define';

export default crmContentScript(copper);
