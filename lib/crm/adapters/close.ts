import type { CrmAdapter } from '../types';

/**
 * Close (close.com, formerly close.io). A Close "lead" is the company-level record that holds the
 * contacts and opportunities and carries the qualification status (Potential, Qualified, Customer…);
 * it is what a rep works in and what Close calls a lead, so it maps to `lead`.
 * The lead page is `/lead/{lead_…}/`; contacts and opportunities open inside it, so the page
 * stays the lead's. Ids are Close's prefixed ids (`lead_` + base62), unique across Close, so the
 * instance is the app itself: one key whether reached through app.close.com or the old app.close.io.
 */
const LEAD = /^\/lead\/(lead_[A-Za-z0-9]{8,64})(?:\/.*)?$/;

export const close: CrmAdapter = {
  id: 'close',
  label: 'Close',
  hosts: ['app.close.com', 'app.close.io'],
  detect(url) {
    const lead = LEAD.exec(url.pathname);
    return lead ? { kind: 'lead', recordId: lead[1]!, instance: 'app.close.com' } : null;
  },
  // The tab title's format is not documented; the DOM step reads the lead header.
  nameSelectors: ['[data-testid="lead-name"]', '[data-tour-id="lead-header"] h1', 'main h1'],
};
