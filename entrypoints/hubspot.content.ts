import { hubspot } from '../lib/crm/adapters/hubspot';
import { crmContentScript } from '../lib/content/define';

export default crmContentScript(hubspot);
