import { sugarcrm } from '../lib/crm/adapters/sugarcrm';
import { crmContentScript } from '../lib/content/define';

export default crmContentScript(sugarcrm);
