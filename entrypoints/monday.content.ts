import { monday } from '../lib/crm/adapters/monday';
import { crmContentScript } from '../lib/content/define';

export default crmContentScript(monday);
