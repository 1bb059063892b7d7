// Sources: SugarCRM sidecar routes (`{module}/:id`, `{module}/:id/layout/:view`, `bwc/index.php?…`) in
// Sugar's public client code, SuiteCRM 7 `index.php?module=…&action=DetailView&record=…` and its
// `ajaxUILoc` wrapper, SuiteCRM 8 Angular routes `#/{module}/record/{id}`, and SugarView::getBrowserTitle
// ("name » module » LBL_BROWSER_TITLE", LBL_BROWSER_TITLE = "SuiteCRM - Open Source CRM").
import type { AdapterCases } from '../types';

const lead = 'f7a9a1c6-3b1e-4c55-9e0a-6f0c2e7d1a90';
const acct = '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d';
export const sugarcrmCases: AdapterCases = {
  positive: [
    {
      url: `https://acme.sugarondemand.com/#Leads/${lead}`,
      expect: { kind: 'lead', recordId: lead, instance: 'acme.sugarondemand.com' },
      sameAs: 'lead',
    },
    {
      url: `https://acme.sugarondemand.com/index.php?module=Leads&action=DetailView&record=${lead}`,
      expect: { kind: 'lead', recordId: lead, instance: 'acme.sugarondemand.com' },
      sameAs: 'lead',
    },
    {
      url: `https://acme.sugarondemand.com/#bwc/index.php?module=Leads&action=DetailView&record=${lead}`,
      expect: { kind: 'lead', recordId: lead, instance: 'acme.sugarondemand.com' },
      sameAs: 'lead',
    },
    {
      url: `https://acme.sugarondemand.com/#Opportunities/${lead}/edit`,
      expect: { kind: 'opportunity', recordId: lead, instance: 'acme.sugarondemand.com' },
    },
    {
      url: `https://crm.example.org/suitecrm/index.php?module=Contacts&action=DetailView&record=${acct}`,
      title: 'Jane Doe » Contacts » SuiteCRM - Open Source CRM',
      crm: 'sugarcrm',
      expect: { kind: 'contact', recordId: acct, instance: 'crm.example.org', name: 'Jane Doe' },
    },
    {
      url: `https://crm.example.org/index.php?action=ajaxui#ajaxUILoc=index.php%3Fmodule%3DAccounts%26action%3DDetailView%26record%3D${acct}`,
      crm: 'sugarcrm',
      expect: { kind: 'account', recordId: acct, instance: 'crm.example.org' },
      sameAs: 'suite-account',
    },
    {
      url: `https://crm.example.org/#/accounts/record/${acct}`,
      crm: 'sugarcrm',
      expect: { kind: 'account', recordId: acct, instance: 'crm.example.org' },
      sameAs: 'suite-account',
    },
    {
      url: `https://crm.example.org/legacy/index.php?module=Accounts&action=DetailView&record=${acct}`,
      crm: 'sugarcrm',
      expect: { kind: 'account', recordId: acct, instance: 'crm.example.org' },
      sameAs: 'suite-account',
    },
    {
      url: `http://10.0.0.5:8080/#Accounts/${acct}`,
      title: 'Accounts » Acme Corp » SugarCRM',
      crm: 'sugarcrm',
      expect: { kind: 'account', recordId: acct, instance: '10.0.0.5:8080', name: 'Acme Corp' },
    },
  ],
  negative: [
    { url: 'https://acme.sugarondemand.com/#Leads', why: 'leads list' },
    { url: 'https://acme.sugarondemand.com/#Leads/create', why: 'create form' },
    { url: `https://acme.sugarondemand.com/#Cases/${lead}`, why: 'case: another module' },
    { url: `https://acme.sugarondemand.com/#Prospects/${lead}`, why: 'target (prospect): not a lead' },
    { url: `https://acme.sugarondemand.com/#Reports/${lead}`, why: 'report' },
    { url: 'https://acme.sugarondemand.com/#Administration', why: 'admin' },
    { url: `https://acme.sugarondemand.com/index.php?module=Leads&action=index&record=${lead}`, why: 'list view with a record id in the query' },
    { url: 'https://crm.example.org/index.php?module=Leads&action=EditView', crm: 'sugarcrm', why: 'create form' },
    { url: 'https://crm.example.org/#/leads', crm: 'sugarcrm', why: 'SuiteCRM 8 list' },
    { url: `https://crm.example.org/#/quotes/record/${lead}`, crm: 'sugarcrm', why: 'quote: another module' },
    { url: 'https://www.sugarcrm.com/#Leads/f7a9a1c6-3b1e-4c55-9e0a-6f0c2e7d1a90', why: 'vendor site, not a Sugar Cloud host' },
  ],
};
