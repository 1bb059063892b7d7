import Papa from 'papaparse';
import { DEFAULT_CRITERIA, STATUS_LABEL, type CriterionDef } from '../model/checklist';
import { OUTCOME_LABEL } from '../model/conversation';
import type { ReportSource } from '../model/report';
import { toDateInput } from '../model/time';
import { reportRows, type ReportRow } from '../report/rows';

/** Excel and Google Sheets read a leading BOM as "this file is UTF-8": accents survive. */
export const BOM = '\uFEFF';

/**
 * Cells that would start a formula in Excel, LibreOffice or Sheets get a leading ' (OWASP,
 * "CSV injection"). Papa's own `escapeFormulae: true` uses /^[=+\-@\t\r].*$/, whose `.`
 * stops at a line break: "=HYPERLINK(…)\nx" slipped through. This one looks at the first
 * character that is not blank: spreadsheets trim leading spaces, line feeds and no-break
 * spaces on paste or import, so " =1+1" and "\n=1+1" are formulas too. Blank here is any
 * Unicode space (JavaScript's \s: tab, CR, LF, NBSP, U+2000–U+200A, U+3000, the BOM…) and
 * the zero-width ones. The full-width = + - @ some spreadsheets accept count as formula
 * characters; a cell starting with a tab or CR is guarded whatever follows.
 */
export const FORMULA_START = /^[\s\u200B-\u200D\u2060]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;

/** The column titles, in order; one column per criterion of the template. */
export function csvHeader(criteria: readonly CriterionDef[] = DEFAULT_CRITERIA): string[] {
  return [
    'Rep',
    'CRM',
    'Kind',
    'Record',
    'URL',
    'Rung reached',
    'Confirmed',
    'Criteria',
    ...criteria.map((def) => def.label),
    'Last outcome',
    'Last conversation',
    'Days since last conversation',
    'Next follow-up',
    'Stale criteria',
  ];
}

/** Dates as ISO 8601 calendar dates (YYYY-MM-DD) in local time: what spreadsheets parse as dates. */
function isoDate(ms: number | undefined): string {
  return ms === undefined ? '' : toDateInput(ms);
}

function cells(row: ReportRow): (string | number)[] {
  const out: (string | number)[] = [row.rep, row.crm, row.kind, row.name, row.url, row.rung, row.confirmed, row.criteria];
  for (const status of row.statuses) out.push(STATUS_LABEL[status]);
  out.push(
    row.lastOutcome ? OUTCOME_LABEL[row.lastOutcome] : '',
    isoDate(row.lastConversationAt),
    row.daysSinceLastConversation ?? '',
    isoDate(row.nextFollowUpAt),
    row.stale,
  );
  return out;
}

/** Report rows as CSV text: BOM, header row, CRLF line ends, formula-escaped cells. */
export function rowsToCsv(rows: readonly ReportRow[], criteria: readonly CriterionDef[] = DEFAULT_CRITERIA): string {
  // Arrays of arrays, header first: Papa's { fields, data } form writes an empty row when data is empty.
  const table = new Array<(string | number)[]>(rows.length + 1);
  table[0] = csvHeader(criteria);
  for (let i = 0; i < rows.length; i++) table[i + 1] = cells(rows[i]!);
  return BOM + Papa.unparse(table, { escapeFormulae: FORMULA_START, newline: '\r\n' });
}

/** One rep's export (or several reps') as CSV: one row per record. Pure. */
export function toCsv(data: ReportSource | readonly ReportSource[], options: { now?: number; criteria?: readonly CriterionDef[] } = {}): string {
  const criteria = options.criteria ?? DEFAULT_CRITERIA;
  return rowsToCsv(reportRows(data, { now: options.now, criteria }), criteria);
}
