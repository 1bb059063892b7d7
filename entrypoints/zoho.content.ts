import { zoho } from '../lib/crm/adapters/zoho';
import { crmContentScript } from '../lib/content/define';

export default crmContentScript(zoho);
