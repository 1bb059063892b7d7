import { crmMatchPatterns } from '../../lib/crm/manifest';
import { mountHost } from './host';

// Tiny on purpose: the recognizer and plain DOM code, no database, no UI framework.
export default defineContentScript({
  matches: crmMatchPatterns(),
  runAt: 'document_idle',
  main(ctx) {
    mountHost(ctx);
  },
});
