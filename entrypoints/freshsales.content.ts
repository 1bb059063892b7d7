import { freshsales } from '../lib/crm/adapters/freshsales';
import { crmContentScript } from '../lib/content/define';

export default crmContentScript(freshsales);
