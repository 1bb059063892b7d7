import { pipedrive } from '../lib/crm/adapters/pipedrive';
import { crmContentScript } from '../lib/content/define';

export default crmContentScript(pipedrive);
