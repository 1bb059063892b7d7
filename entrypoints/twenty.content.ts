import { twenty } from '../lib/crm/adapters/twenty';
import { crmContentScript } from '../lib/content/define';

export default crmContentScript(twenty);
