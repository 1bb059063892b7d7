import { defineContentScript } from 'wxt/utils/define-content-script';
import { matchPatternFor } from '../crm/hosts';
import type { CrmAdapter } from '../crm/types';
import { reportPages } from './report';
import { markRunning } from './presence';

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
    // WXT would also announce each start with window.postMessage: the CRM page's scripts
    // would see that Closeward runs (and it took about 1 ms of the page's load in a trace).
    // The DOM event WXT uses to stop an older copy of the script stays.
    noScriptStartedPostMessage: true,
    main(ctx) {
      markRunning(ctx);
      reportPages(ctx, adapter);
    },
  });
}
