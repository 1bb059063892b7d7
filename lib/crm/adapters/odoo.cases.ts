// Sources: Odoo's web client router (addons/web/static/src/core/browser/router.js: `/odoo/…` path
// segments, `action-…`, `m-…`, dotted models, legacy `/web#id=…&model=…&view_type=form` remapped),
// record links in public code (`https://{db}.odoo.com/odoo/crm/{id}`, `/odoo/contacts/{id}` on
// self-hosted servers), and Odoo's title service (parts joined with " - ", ending "Odoo").
import type { AdapterCases } from '../types';

export const odooCases: AdapterCases = {
  positive: [
    {
      url: 'https://meska.odoo.com/odoo/crm/42',
      title: 'Acme - Website redesign - Odoo',
      expect: { kind: 'opportunity', recordId: '42', instance: 'meska.odoo.com', name: 'Acme - Website redesign' },
      sameAs: 'opp',
    },
    {
      url: 'https://meska.odoo.com/web#id=42&cids=1&menu_id=133&action=198&model=crm.lead&view_type=form',
      expect: { kind: 'opportunity', recordId: '42', instance: 'meska.odoo.com' },
      sameAs: 'opp',
    },
    // The Leads menu's action (odoo/odoo addons/crm/views/crm_lead_views.xml: act_window
    // `crm_lead_all_leads`, name "Leads", domain type = lead) shows leads only.
    {
      url: 'https://meska.odoo.com/odoo/action-crm.crm_lead_all_leads/42?debug=1',
      expect: { kind: 'lead', recordId: '42', instance: 'meska.odoo.com' },
    },
    // The Opportunities action of the same file (`crm_lead_opportunities`, domain type = opportunity).
    {
      url: 'https://meska.odoo.com/odoo/action-crm.crm_lead_opportunities/42',
      expect: { kind: 'opportunity', recordId: '42', instance: 'meska.odoo.com' },
      sameAs: 'opp',
    },
    {
      url: 'https://meska.odoo.com/odoo/crm.lead/42',
      expect: { kind: 'opportunity', recordId: '42', instance: 'meska.odoo.com' },
      sameAs: 'opp',
    },
    {
      url: 'http://localhost:8069/odoo/contacts/9',
      title: 'Acme Corporation - Odoo',
      crm: 'odoo',
      expect: { kind: 'contact', recordId: '9', instance: 'localhost:8069', name: 'Acme Corporation' },
    },
    {
      url: 'https://odoo.workinglocal.be/web#model=res.partner&view_type=form&id=160440',
      crm: 'odoo',
      expect: { kind: 'contact', recordId: '160440', instance: 'odoo.workinglocal.be' },
    },
    {
      url: 'https://acme-prod-1234567.dev.odoo.com/odoo/contacts/9/crm.lead/5',
      expect: { kind: 'opportunity', recordId: '5', instance: 'acme-prod-1234567.dev.odoo.com' },
    },
    // The CRM app's Pipeline action (addons/crm/views/crm_lead_views.xml: `crm_lead_action_pipeline`,
    // domain type = opportunity), as `/odoo/action-{xml id}/{id}`.
    {
      url: 'https://meska.odoo.com/odoo/action-crm.crm_lead_action_pipeline/42',
      expect: { kind: 'opportunity', recordId: '42', instance: 'meska.odoo.com' },
      sameAs: 'opp',
    },
  ],
  negative: [
    { url: 'https://meska.odoo.com/odoo/crm', why: 'pipeline (kanban)' },
    { url: 'https://meska.odoo.com/odoo/action-crm.crm_lead_all_leads', why: 'Leads list, no record open' },
    { url: 'https://meska.odoo.com/odoo/crm/new', why: 'create form' },
    { url: 'https://meska.odoo.com/odoo/action-412/42', why: 'numeric action: model unknown' },
    { url: 'https://meska.odoo.com/web#action=198&model=crm.lead&view_type=kanban&id=42', why: 'kanban view with an id in the hash' },
    { url: 'https://meska.odoo.com/web#action=198&model=crm.lead&view_type=list', why: 'list view' },
    { url: 'https://meska.odoo.com/web#id=17&model=sale.order&view_type=form', why: 'quotation: another model' },
    { url: 'https://meska.odoo.com/odoo/helpdesk/7', why: 'helpdesk ticket' },
    { url: 'https://meska.odoo.com/odoo/settings', why: 'settings' },
    { url: 'https://meska.odoo.com/odoo/action-crm.crm_opportunity_report_action', why: 'pipeline analysis report' },
    { url: 'https://www.odoo.com/app/crm', why: 'vendor marketing site' },
    { url: 'https://erp.example.com/odoo/project.task/31', crm: 'odoo', why: 'task' },
    { url: 'https://meska.odoo.com/odoo/action-crm.crm_lead_action_pipeline', why: 'pipeline, no record open' },
  ],
};
