import type { RecordKind } from '../../model/vocabulary';
import { decode, rawParams, table, withoutSuffix } from '../parse';
import type { CrmAdapter } from '../types';

/**
 * Odoo (Odoo Online `*.odoo.com`, Odoo.sh, and self-hosted on any host).
 * URL forms, from Odoo's web client router:
 * - 17.2 and later: `/odoo/{action or model}/{id}`; segments stack (`/odoo/contacts/9/crm.lead/5`) and
 *   the last `{part}/{id}` pair is the record shown. A part is an action path (`crm`, `contacts`),
 *   `action-{id or xml id}`, `m-{model}`, or a dotted model name (`crm.lead`).
 * - up to 17.0: `/web#id=42&model=crm.lead&view_type=form&action=…&menu_id=…` in any order
 *   (still redirected by newer versions).
 *
 * Vocabulary. Odoo keeps leads and opportunities in one model, `crm.lead` (its `type` field says
 * which, and a lead converted to an opportunity keeps its id); the URL never says which, and with
 * the Leads option off (Odoo's default) every crm.lead is an opportunity. So crm.lead → opportunity,
 * one key per record across URL forms and across conversion, except where the URL names the CRM
 * app's own Leads menu action (`action-crm.crm_lead_all_leads`, whose domain is type = lead): that
 * record is a lead.
 * `res.partner` is one model for people and companies (is_company flag, not in the URL); it is
 * shown as Odoo's "Contacts" app, so res.partner → contact.
 * Numeric actions (`action-412/42`, `#action=412&id=42` without `model`) do not name a model: null.
 * Instance: the host.
 */
const MODEL_KIND = table<RecordKind>({
  'crm.lead': 'opportunity',
  'res.partner': 'contact',
});
/** Action paths and xml ids of the CRM and Contacts apps' own actions. */
const ACTION_MODEL = table<string>({
  crm: 'crm.lead',
  'action-crm.crm_lead_action_pipeline': 'crm.lead',
  'action-crm.crm_lead_opportunities': 'crm.lead',
  'action-crm.crm_lead_action_my_activities': 'crm.lead',
  contacts: 'res.partner',
  'action-contacts.action_contacts': 'res.partner',
  'action-base.action_partner_form': 'res.partner',
});
const ODOO = /^\/odoo\/(?:.+\/)?([^/]+)\/(\d{1,12})\/?$/;
const LEGACY_PATH = /^\/web\/?$/;
const HASH_PARAMS = ['id', 'model', 'view_type'] as const;
const DIGITS = /^\d{1,12}$/;

/** Actions that show only one type of crm.lead: the Leads menu. */
const ACTION_KIND = table<RecordKind>({ 'action-crm.crm_lead_all_leads': 'lead' });

function modelOf(part: string): string | undefined {
  if (part.startsWith('m-')) return part.slice(2);
  if (part.indexOf('.') !== -1 && !part.startsWith('action-')) return part;
  return ACTION_MODEL[part];
}

export const odoo: CrmAdapter = {
  id: 'odoo',
  label: 'Odoo',
  hosts: ['*.odoo.com'],
  selfHosted: true,
  detect(url) {
    const path = url.pathname;
    const instance = url.host;
    const modern = ODOO.exec(path);
    if (modern) {
      const part = modern[1]!;
      const model = modelOf(part);
      const kind = ACTION_KIND[part] ?? (model ? MODEL_KIND[model] : undefined);
      return kind ? { kind, recordId: modern[2]!, instance } : null;
    }
    if (LEGACY_PATH.test(path) && url.hash.length > 1) {
      const [id, model, view] = rawParams(url.hash, HASH_PARAMS);
      if (view !== undefined && view !== 'form') return null;
      const kind = model === undefined ? undefined : MODEL_KIND[decode(model)];
      return kind && id && DIGITS.test(id) ? { kind, recordId: id, instance } : null;
    }
    return null;
  },
  readName(title) {
    // Odoo's title service joins its parts with " - " and ends with "Odoo": "Acme Corporation - Odoo".
    const name = withoutSuffix(title, '-', 'Odoo');
    return name && name !== 'Odoo' ? name : undefined;
  },
  nameSelectors: ['.o_form_view .oe_title h1 [name="name"]', '.o_form_view .oe_title h1', '.o_breadcrumb .active'],
};
