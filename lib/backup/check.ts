// Checking a file: its envelope first (ours? which version? who made it?), then every row
// of every table, in steps a page can slice.
import { runSliced, runSync, type SliceOptions, type Steps } from '../model/report';
import {
  EXPORT_FORMAT,
  EXPORT_TABLES,
  EXPORT_VERSION,
  RepIdentity,
  ROW_SCHEMAS,
  type Envelope,
  type ExportData,
  type ExportProblem,
  type ExportTable,
  type ParseResult,
} from './format';
import { describe, explain, isObject, rowProblem, valueAt } from './problems';
import { FAST_CHECKS } from './row-checks';
import { upgradeEnvelope } from './upgrades';

/** The envelope's problems, checked before any row: is it ours, which version, who made it. */
function checkEnvelope(value: unknown): { ok: true; envelope: Envelope; from: number } | { ok: false; problem: ExportProblem } {
  if (!isObject(value)) return { ok: false, problem: { message: 'This is not a Closeward export: the file does not hold a JSON object.' } };
  if (value.format !== EXPORT_FORMAT) {
    return { ok: false, problem: { message: `This is not a Closeward export: "format" is ${describe(value.format)}, expected "${EXPORT_FORMAT}".` } };
  }
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: { message: `This Closeward export has no valid format version ("version" is ${describe(version)}).` } };
  }
  if (version > EXPORT_VERSION) {
    return {
      ok: false,
      problem: {
        message: `This file was made by a newer Closeward (export format version ${version}); this one reads versions up to ${EXPORT_VERSION}. Update Closeward, then import the file again.`,
      },
    };
  }
  try {
    return { ok: true, envelope: upgradeEnvelope(value as Envelope), from: version };
  } catch (error) {
    return { ok: false, problem: { message: `This export (version ${version}) could not be upgraded: ${(error as Error).message}.` } };
  }
}

/** Rows checked per step: small enough that one step takes well under a millisecond. */
const STEP_ROWS = 4096;

/**
 * Checks an export, every row of every table, and yields after each chunk of rows. Rows
 * are checked by a hand-written fast check first (about ten times quicker than zod, and
 * never more lenient); a row it turns down is parsed by its zod schema, which either
 * accepts it (e.g. stripping an unknown field) or says what is wrong.
 */
export function* checkExport(value: unknown): Steps<ParseResult> {
  const head = checkEnvelope(value);
  if (!head.ok) return head;
  const { envelope } = head;
  if (typeof envelope.exportedAt !== 'number' || !Number.isFinite(envelope.exportedAt)) {
    return { ok: false, problem: { message: `"exportedAt" is ${describe(envelope.exportedAt)}, expected a time in milliseconds.` } };
  }
  const rep = RepIdentity.safeParse(envelope.rep);
  if (!rep.success) {
    const issue = rep.error.issues[0];
    const field = issue ? ['rep', ...issue.path].join('.') : 'rep';
    return { ok: false, problem: { field, message: `"${field}" ${issue ? explain(issue, valueAt(envelope.rep, issue.path)) : 'is invalid'}.` } };
  }
  const tables: Partial<Record<ExportTable, unknown[]>> = {};
  let done = 0;
  for (const table of EXPORT_TABLES) {
    const rows = envelope[table];
    if (!Array.isArray(rows)) {
      return { ok: false, problem: { table, message: `Table "${table}" is ${rows === undefined ? 'missing' : `not a list (it is ${describe(rows)})`}.` } };
    }
    const fast = FAST_CHECKS[table];
    const schema = ROW_SCHEMAS[table];
    let checked: unknown[] = rows;
    for (let from = 0; from < rows.length; from += STEP_ROWS) {
      const to = Math.min(rows.length, from + STEP_ROWS);
      for (let i = from; i < to; i++) {
        const row: unknown = rows[i];
        if (fast?.(row)) continue;
        const parsed = schema.safeParse(row);
        if (!parsed.success) return { ok: false, problem: rowProblem(table, i, row, parsed.error.issues) };
        // Copy the list once, on the first row zod changed (stripped fields): the caller's
        // object is left as it was.
        if (checked === rows) checked = rows.slice();
        checked[i] = parsed.data;
      }
      done += to - from;
      yield done;
    }
    tables[table] = checked;
  }
  const data = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: envelope.exportedAt, rep: rep.data, ...tables } as ExportData;
  return head.from === EXPORT_VERSION ? { ok: true, data } : { ok: true, data, upgradedFrom: head.from };
}

/** How many rows a file says it has: the total for a progress bar. */
export function exportRowCount(value: unknown): number {
  if (!isObject(value)) return 0;
  return EXPORT_TABLES.reduce((n, table) => n + (Array.isArray(value[table]) ? (value[table] as unknown[]).length : 0), 0);
}

/** Checks a whole export at once (tests, workers, small files). */
export function parseExport(value: unknown): ParseResult {
  return runSync(checkExport(value));
}

/** Checks an export in slices, so a page stays responsive on a file of a million rows. */
export function parseExportSliced(value: unknown, options: SliceOptions = {}): Promise<ParseResult> {
  return runSliced(checkExport(value), exportRowCount(value), options);
}
