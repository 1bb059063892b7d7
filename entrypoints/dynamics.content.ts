import { dynamics } from '../lib/crm/adapters/dynamics';
import { crmContentScript } from '../lib/content/define';

export default crmContentScript(dynamics);
