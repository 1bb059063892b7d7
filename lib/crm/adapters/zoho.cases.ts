// Sources: Zoho record links in public code (`https://crm.zoho.com/crm/org{id}/tab/Leads/{id}`,
// `crm.zoho.in/crm/org60033339930/tab/Leads/…`, `crm.zohocloud.ca/crm/org…/tab/Deals/…`,
// `crmsandbox.zoho.com/crm/{name}/tab/…`, Zoho One `one.zoho.com/zohoone/{org}/home/cxapp/crm/org…/tab/Potentials/…`,
// CRM Plus `crmplus.zoho.com/{portal}/index.do/cxapp/crm/org…/tab/Contacts/…`), the older
// `crm.zoho.com/crm/EntityInfo.do?module=Leads&id=…` form, and a measured note that the web host is
// crm.zoho.{com,eu,in,com.au,jp,sa,uk} and crm.zohocloud.ca; create/convert/custom-view routes as the UI uses them.
import type { AdapterCases } from '../types';

export const zohoCases: AdapterCases = {
  positive: [
    {
      url: 'https://crm.zoho.com/crm/org749642405/tab/Leads/4150868000000225013',
      title: 'Jane Doe (Lead) - Zoho CRM',
      expect: { kind: 'lead', recordId: '4150868000000225013', instance: 'zoho.com', name: 'Jane Doe' },
      sameAs: 'lead',
    },
    {
      url: 'https://crm.zoho.com/crm/EntityInfo.do?module=Leads&id=4150868000000225013',
      expect: { kind: 'lead', recordId: '4150868000000225013', instance: 'zoho.com' },
      sameAs: 'lead',
    },
    {
      url: 'https://one.zoho.com/zohoone/zestyio/home/cxapp/crm/org749642405/tab/Leads/4150868000000225013',
      expect: { kind: 'lead', recordId: '4150868000000225013', instance: 'zoho.com' },
      sameAs: 'lead',
    },
    {
      url: 'https://crm.zoho.eu/crm/org20071234/tab/Potentials/38000000123456789?sub_module=Notes',
      expect: { kind: 'opportunity', recordId: '38000000123456789', instance: 'zoho.eu' },
    },
    {
      url: 'https://crm.zohocloud.ca/crm/org110000402423/tab/Deals/3201000004217119',
      expect: { kind: 'opportunity', recordId: '3201000004217119', instance: 'zohocloud.ca' },
    },
    {
      url: 'https://crmplus.zoho.com/proctorgallagherinstitute/index.do/cxapp/crm/org908687475/tab/Contacts/908687000001234567',
      expect: { kind: 'contact', recordId: '908687000001234567', instance: 'zoho.com' },
    },
    {
      url: 'https://crm.zoho.in/crm/org60043078423/tab/Accounts/955332000000501001/edit',
      expect: { kind: 'account', recordId: '955332000000501001', instance: 'zoho.in' },
    },
    {
      url: 'https://crmsandbox.zoho.com/crm/boostedcrmsandbox/tab/Accounts/955332000000501001',
      expect: { kind: 'account', recordId: '955332000000501001', instance: 'sandbox.zoho.com' },
    },
    // Older link form, still built by public integrations: `https://crm.zoho.com/crm/ShowEntityInfo.do?module=Potentials&id=…&isload=true`,
    // `ShowEntityInfo.do?id=…&module=Contacts&isload=true` (and `module=SalesOrders`, `module=Campaigns` for other modules).
    {
      url: 'https://crm.zoho.com/crm/ShowEntityInfo.do?id=4150868000000225013&module=Leads&isload=true',
      expect: { kind: 'lead', recordId: '4150868000000225013', instance: 'zoho.com' },
      sameAs: 'lead',
    },
    {
      url: 'https://crm.zoho.com/crm/ShowEntityInfo.do?module=Potentials&id=4150868000000331001&isload=true',
      expect: { kind: 'opportunity', recordId: '4150868000000331001', instance: 'zoho.com' },
    },
    // Regional data centres in public code: a test fixture expecting
    // `https://crm.zoho.com.au/crm/org7002688441/tab/Leads/51445000042207511`, and per-region record URL templates
    // (`crm.zoho.com.cn/crm/org${org_id}/tab/${module_name}/${module_id}`, `crm.zoho.com.au/…`, `crm.zoho.jp/…`).
    {
      url: 'https://crm.zoho.com.au/crm/org7002688441/tab/Leads/51445000042207511',
      expect: { kind: 'lead', recordId: '51445000042207511', instance: 'zoho.com.au' },
    },
    {
      url: 'https://crm.zoho.jp/crm/org90012345/tab/Contacts/512000000123456789',
      expect: { kind: 'contact', recordId: '512000000123456789', instance: 'zoho.jp' },
    },
  ],
  negative: [
    { url: 'https://crm.zoho.com/crm/org749642405/tab/Leads/custom-view/4150868000000087501/list?page=1', why: 'custom view (list) with its id' },
    { url: 'https://crm.zoho.in/crm/org60043078423/tab/Leads/create?layoutId=955332000000425337&redirect=false', why: 'create form' },
    { url: 'https://crm.zoho.com/crm/org749642405/tab/Leads/4150868000000225013/convert', why: 'lead conversion screen' },
    { url: 'https://crm.zoho.in/crm/org60043078423/settings/modules/Leads/layouts/955332000000425337', why: 'settings' },
    { url: 'https://crm.zoho.com/crm/org749642405/tab/Reports/4150868000000123001', why: 'report' },
    { url: 'https://crm.zoho.com/crm/org749642405/tab/Cases/4150868000000234001', why: 'case: another module' },
    { url: 'https://crm.zoho.com/crm/org749642405/tab/Quotes/4150868000000234002', why: 'quote: another module' },
    { url: 'https://crm.zoho.com/crm/org749642405/tab/CustomModule5/4150868000000234003', why: 'custom module: kind unknown' },
    { url: 'https://crm.zoho.com/crm/tab/Leads/4150868000000225013', why: 'no org: Zoho lands on Home' },
    { url: 'https://crm.zoho.com/crm/EntityInfo.do?module=Tasks&id=4150868000000225999', why: 'task via the old link form' },
    { url: 'https://crm.zoho.com/crm/ShowEntityInfo.do?module=SalesOrders&id=4150868000000225999&isload=true', why: 'sales order via the old link form' },
    { url: 'https://crm.zoho.com/crm/ShowEntityInfo.do?id=5402&module=Campaigns', why: 'campaign via the old link form' },
    { url: 'https://crm.zoho.com/crm/ShowEntityInfo.do?module=Leads', why: 'old link form without an id' },
  ],
};
