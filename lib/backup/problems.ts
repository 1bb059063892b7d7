// A file's problem as the rep reads it: the table, the row, the field, what was expected.
import type { ExportProblem, ExportTable } from './format';

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export interface Issue {
  code?: string;
  path: PropertyKey[];
  expected?: unknown;
  values?: unknown[];
  options?: unknown[];
  minimum?: unknown;
  maximum?: unknown;
  origin?: unknown;
}

/** The first zod issue of a row, as a sentence naming the table, the row and the field. */
export function rowProblem(table: ExportTable, index: number, row: unknown, issues: readonly Issue[]): ExportProblem {
  const issue = issues[0];
  const field = issue && issue.path.length ? issue.path.map(String).join('.') : undefined;
  const what = issue ? explain(issue, valueAt(row, issue.path)) : 'is invalid';
  const where = `Table "${table}", row index ${index}${idOf(row)}`;
  return { table, index, field, message: field ? `${where}, field "${field}" ${what}.` : `${where} ${what}.` };
}

/** The row's own id in the message, when it has one, so it can be searched for. */
function idOf(row: unknown): string {
  if (!isObject(row)) return '';
  const id = row.id ?? row.key ?? row.recordKey;
  return typeof id === 'string' && id ? ` (${truncate(id)})` : '';
}

export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const part of path) value = isObject(value) || Array.isArray(value) ? (value as Record<PropertyKey, unknown>)[part] : undefined;
  return value;
}

export function explain(issue: Issue, value: unknown): string {
  const got = value === undefined ? 'it is missing' : `got ${describe(value)}`;
  switch (issue.code) {
    case 'invalid_type':
      return `should be ${article(String(issue.expected))}, ${got}`;
    case 'invalid_value':
      return `should be one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}, ${got}`;
    case 'invalid_union':
      return issue.options?.length
        ? `should be one of ${issue.options.map((v) => JSON.stringify(v)).join(', ')}, ${got}`
        : `does not match any allowed form, ${got}`;
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1 ? `must not be empty` : `is too small or too short (minimum ${String(issue.minimum)}), ${got}`;
    case 'too_big':
      return issue.origin === 'string' && typeof value === 'string'
        ? `is too long: ${value.length.toLocaleString('en-US')} characters, at most ${Number(issue.maximum).toLocaleString('en-US')}`
        : `is too large or too long (maximum ${String(issue.maximum)})`;
    default:
      return `is invalid (${issue.code ?? 'unknown problem'}), ${got}`;
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function truncate(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** A value as a message shows it: short strings quoted, anything else by its kind. */
export function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return JSON.stringify(truncate(value));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `a ${typeof value}`;
}
