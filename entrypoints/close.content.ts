import { close } from '../lib/crm/adapters/close';
import { crmContentScript } from '../lib/content/define';

export default crmContentScript(close);
