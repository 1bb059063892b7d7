import { zendeskSell } from '../lib/crm/adapters/zendesk-sell';
import { crmContentScript } from '../lib/content/define';

export default crmContentScript(zendeskSell);
