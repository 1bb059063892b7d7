import type { AdapterCases } from '../types';

const lead18 = '00Q5g00000AbCdEEAV';
export const salesforceCases: AdapterCases = {
  positive: [
    {
      url: `https://acme.lightning.force.com/lightning/r/Lead/${lead18}/view`,
      title: 'Jane Doe | Lead | Salesforce',
      expect: { kind: 'lead', recordId: lead18, instance: 'acme', name: 'Jane Doe' },
      sameAs: 'lead',
    },
    {
      url: 'https://acme.lightning.force.com/lightning/r/Lead/00Q5g00000AbCdE/view',
      expect: { kind: 'lead', recordId: lead18, instance: 'acme' },
      sameAs: 'lead',
    },
    {
      url: `https://acme.lightning.force.com/lightning/r/${lead18}/view`,
      expect: { kind: 'lead', recordId: lead18, instance: 'acme' },
      sameAs: 'lead',
    },
    {
      url: 'https://acme.my.salesforce.com/00Q5g00000AbCdE',
      expect: { kind: 'lead', recordId: lead18, instance: 'acme' },
      sameAs: 'lead',
    },
    {
      url: `https://acme.lightning.force.com/one/one.app#/sObject/${lead18}/view`,
      expect: { kind: 'lead', recordId: lead18, instance: 'acme' },
      sameAs: 'lead',
    },
    {
      url: 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000XyZ12AAF/view?ws=%2Flightning%2Fr%2FAccount%2F0015g00000QwErTAAV%2Fview',
      title: 'Acme Renewal 2027 | Opportunity | Salesforce',
      expect: { kind: 'opportunity', recordId: '0065g00000XyZ12AAF', instance: 'acme', name: 'Acme Renewal 2027' },
    },
    {
      url: 'https://acme--uat.sandbox.lightning.force.com/lightning/r/Contact/0035g00000ZzZzZAAV/view',
      expect: { kind: 'contact', recordId: '0035g00000ZzZzZAAV', instance: 'acme--uat' },
    },
    {
      url: 'https://acme-dev-ed.develop.lightning.force.com/lightning/r/Account/0015g00000QwErTAAV/view',
      expect: { kind: 'account', recordId: '0015g00000QwErTAAV', instance: 'acme-dev-ed' },
    },
    {
      url: 'https://acme.lightning.force.com/lightning/r/Account/0015g00000QwErTAAV/edit',
      expect: { kind: 'account', recordId: '0015g00000QwErTAAV', instance: 'acme' },
    },
    {
      url: 'https://army.lightning.crmforce.mil/lightning/r/Opportunity/0065g00000XyZ12AAF/view',
      expect: { kind: 'opportunity', recordId: '0065g00000XyZ12AAF', instance: 'army' },
      sameAs: 'mil-opportunity',
    },
    {
      url: 'https://army.my.salesforce.mil/0065g00000XyZ12',
      expect: { kind: 'opportunity', recordId: '0065g00000XyZ12AAF', instance: 'army' },
      sameAs: 'mil-opportunity',
    },
    {
      url: 'https://acme.my-lightning.com/lightning/r/Contact/0035g00000ZzZzZAAV/view',
      expect: { kind: 'contact', recordId: '0035g00000ZzZzZAAV', instance: 'acme' },
    },
    // Org hosts from Salesforce Help, "My Domain URL Formats"
    // (help.salesforce.com/s/articleView?id=sf.domain_name_url_formats.htm): scratch orgs
    // `{name}.scratch.lightning.force.com` (public LWC code links `https://page-flow-7636.scratch.lightning.force.com/lightning/r/001…/view`),
    // and sandboxes without enhanced domains, `{mydomain}--{sandbox}.{instance}.my.salesforce.com`.
    {
      url: 'https://page-flow-7636.scratch.lightning.force.com/lightning/r/0015g00000QwErTAAV/view',
      expect: { kind: 'account', recordId: '0015g00000QwErTAAV', instance: 'page-flow-7636' },
    },
    {
      url: 'https://acme--uat.cs42.my.salesforce.com/0035g00000ZzZzZ',
      expect: { kind: 'contact', recordId: '0035g00000ZzZzZAAV', instance: 'acme--uat' },
      sameAs: 'uat-contact',
    },
    {
      url: 'https://acme--uat.sandbox.my.salesforce.com/0035g00000ZzZzZAAV',
      expect: { kind: 'contact', recordId: '0035g00000ZzZzZAAV', instance: 'acme--uat' },
      sameAs: 'uat-contact',
    },
  ],
  negative: [
    { url: 'https://acme.lightning.force.com/lightning/o/Lead/list?filterName=00B5g00000Recent', why: 'list view, filter id in the query' },
    { url: 'https://acme.lightning.force.com/lightning/o/Opportunity/home', why: 'object home' },
    { url: 'https://acme.lightning.force.com/lightning/setup/SetupOneHome/home', why: 'setup' },
    { url: 'https://acme.lightning.force.com/lightning/r/Report/00O5g000004XyZ1EAK/view', why: 'report' },
    { url: 'https://acme.lightning.force.com/lightning/r/Case/5005g00000AbCdEAAV/view', why: 'case: another object type' },
    { url: 'https://acme.lightning.force.com/lightning/r/Lead/0065g00000XyZ12AAF/view', why: 'object name disagrees with the id prefix' },
    { url: 'https://acme.lightning.force.com/lightning/r/Account/0015g00000QwErTAAV/related/Contacts/view', why: 'related list of an account' },
    { url: 'https://acme.lightning.force.com/lightning/o/Lead/new', why: 'create form' },
    { url: 'https://acme.lightning.force.com/lightning/page/home', why: 'home page' },
    { url: 'https://acme.lightning.force.com/lightning/r/Lead/00Q5g00000AbCdEXXX/view', why: '18-char id with a wrong checksum' },
    { url: 'https://acme.my.salesforce.com/00Q?fcf=00B5g00000Recent', why: 'Classic list view' },
    { url: 'https://army.lightning.crmforce.mil/00Q5g00000AbCdE', why: 'Classic id path on a Lightning host' },
  ],
};
