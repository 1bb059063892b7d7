// What the seed needs from the product: its model (checklist ids, an empty record's fields,
// the ladder), each table's zod schema, and the database schema. Shared by the extension page
// (bench/db-page.ts) and, bundled for Node, by the seed cache's key (bench/seed-cache.mjs).
import { ClosewardDb } from '../lib/db/database';
// Namespaces: a model that renames or drops an export leaves a gap the seed reports,
// rather than a bundle that does not build.
import * as checklist from '../lib/model/checklist';
import * as conversation from '../lib/model/conversation';
import * as followUp from '../lib/model/follow-up';
import * as ladder from '../lib/model/ladder';
import * as stakeholder from '../lib/model/stakeholder';
import * as storedRecord from '../lib/model/stored-record';
import * as visit from '../lib/model/visit';

export type Row = Record<string, unknown>;
interface Schema {
  safeParse(value: unknown): { success: boolean; error?: { issues?: { path: PropertyKey[]; message: string }[] } };
}
const any = (module: object) => module as Record<string, unknown>;

/** What the seed generator needs to know of the product's model (see TABLES in seed.mjs). */
export function seedModel() {
  return {
    criterionIds: ((any(checklist).DEFAULT_CRITERIA as { id: string }[] | undefined) ?? []).map((c) => c.id),
    recordDefaults: (any(storedRecord).emptyRecordFields as (() => object) | undefined)?.() ?? {},
    rungIds: ((any(ladder).DEFAULT_LADDER as { id: string }[] | undefined) ?? []).map((r) => r.id),
  };
}

/** Each table's zod schema, where the model has one: seeded rows must pass it. */
const SCHEMAS: Record<string, Schema | undefined> = {
  records: any(storedRecord).StoredRecord as Schema | undefined,
  checklists: any(checklist).StoredChecklist as Schema | undefined,
  stakeholders: any(stakeholder).Stakeholder as Schema | undefined,
  conversations: any(conversation).Conversation as Schema | undefined,
  followUps: any(followUp).FollowUp as Schema | undefined,
  visits: any(visit).Visit as Schema | undefined,
};

/** The first problem of rows against the product's schemas, and the tables without a schema. */
export function checkRows(rows: Record<string, Row[]>): { problem?: string; unchecked: string[] } {
  const unchecked: string[] = [];
  for (const [table, list] of Object.entries(rows)) {
    const schema = SCHEMAS[table];
    if (!schema) {
      unchecked.push(table);
      continue;
    }
    for (const row of list) {
      const result = schema.safeParse(row);
      if (!result.success) {
        const issue = result.error?.issues?.[0];
        return { problem: `rows of "${table}" do not match lib/model (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'})`, unchecked };
      }
    }
  }
  return { unchecked };
}

/** Tables, keys and indexes the product declares, and its schema version. */
export function databaseSchema() {
  const db = new ClosewardDb('closeward-bench-schema');
  return {
    verno: db.verno,
    tables: db.tables.map((t) => ({ name: t.name, primKey: t.schema.primKey.src, indexes: t.schema.indexes.map((i) => i.src) })),
  };
}
