import type { CrmId, RecordKind } from '../model/vocabulary';
import type { UrlParts } from './url';

/** What an adapter reads from a URL; `recognize()` turns it into a RecordPage. */
export interface Detected {
  kind: RecordKind;
  /** The id as the CRM shows it, normalized only where the CRM treats spellings as one. */
  recordId: string;
  /** Org, portal, account or host: together with crm, kind and recordId it makes the key. */
  instance: string;
}

export interface CrmAdapter {
  id: CrmId;
  /** Human name for the options page and README. */
  label: string;
  /**
   * Host patterns of the vendor's own cloud, in match-pattern host syntax
   * (`*.lightning.force.com`, `app.hubspot.com`). The manifest's `matches` and
   * `host_permissions` are generated from these. Empty for self-hosted-only CRMs.
   */
  hosts: readonly string[];
  /** True when the CRM can run on any host the rep adds (SugarCRM, Odoo, ...). */
  selfHosted?: boolean;
  /**
   * Reads a record from a URL already known to belong to this CRM; null if not a record page.
   * `url` is a `URL` or the same parts taken by `fastParts` (lib/crm/url.ts).
   * `title` is given for the few CRMs whose URL cannot tell the kind (monday: one item route for
   * every board); adapters whose URL is enough ignore it.
   */
  detect(url: UrlParts, title?: string): Detected | null;
  /** The record's display name from the page title, where the CRM puts it there. */
  readName?(title: string): string | undefined;
  /** CSS selectors, tried in order, for the record name when the title lacks it. */
  nameSelectors?: readonly string[];
}

/** One row of an adapter's table of real URL forms. */
export interface PositiveCase {
  url: string;
  title?: string;
  /** Set for self-hosted CRMs recognized on a host the rep chose. */
  crm?: CrmId;
  expect: { kind: RecordKind; recordId: string; instance: string; name?: string };
  /** Cases sharing `sameAs` must produce one key (e.g. 15- and 18-char ids). */
  sameAs?: string;
}
export interface NegativeCase {
  url: string;
  title?: string;
  crm?: CrmId;
  /** Why this must not be a record page: list view, setup, report, other object... */
  why: string;
}
export interface AdapterCases {
  positive: readonly PositiveCase[];
  negative: readonly NegativeCase[];
}
