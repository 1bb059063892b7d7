import { capsule } from '../lib/crm/adapters/capsule';
import { crmContentScript } from '../lib/content/define';

export default crmContentScript(capsule);
