import { insightly } from '../lib/crm/adapters/insightly';
import { crmContentScript } from '../lib/content/define';

export default crmContentScript(insightly);
