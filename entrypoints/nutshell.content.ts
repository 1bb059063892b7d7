import { nutshell } from '../lib/crm/adapters/nutshell';
import { crmContentScript } from '../lib/content/define';

export default crmContentScript(nutshell);
