import { defineContentScript } from 'wxt/utils/define-content-script';
import { matchPatternFor } from '../crm/hosts';
import type { CrmAdapter } from '../crm/types';
import { reportPages } from './report';
import { startRun } from './presence';

/**
 * One content script per CRM: it carries only that CRM's adapter, so what each CRM page
 * loads stays small. It runs on the vendor's hosts from the manifest, and on custom domains
 * where the options page registered it (`content-scripts/<crm id>.js`).
 */
export function crmContentScript(adapter: CrmAdapter) {
  return defineContentScript({
    matches: adapter.hosts.map(matchPatternFor),
    // At the document's start: a record named by its URL reaches the panel while the page
    // loads (lib/content/report.ts); the rest waits for DOMContentLoaded.
    runAt: 'document_start',
    // The bundle calls main itself, without WXT's ContentScriptContext (modules/content-scripts.ts):
    // nothing of the start reaches the page, no event, no message. It exports nothing, and
    // leaves no global behind in the isolated world.
    globalName: false,
    main() {
      reportPages(startRun(), adapter);
    },
  });
}
