import { z } from 'zod/mini';
import { CRITERION_STATUSES, CriterionState } from './checklist';
import { ExportedAnswer, upgradeV1toV2 } from './export-answers';
import { Conversation, OUTCOME_KINDS } from './conversation';
import { FollowUp } from './follow-up';
import { KEY_MAX, LONG_TEXT_MAX, NAME_MAX, SHORT_TEXT_MAX, URL_MAX } from './limits';
import { CRM_IDS, RECORD_KINDS } from './vocabulary';
import { runSliced, runSync, type SliceOptions, type Steps } from './report';
import { AnySetting, REP_NAME_MAX } from './settings';
import { STAKEHOLDER_ROLES, Stakeholder } from './stakeholder';
import { StoredRecord } from './stored-record';

/** What every Closeward export says it is, so any other JSON file is refused by name. */
export const EXPORT_FORMAT = 'closeward-export';
/** The version this build writes. Older versions are upgraded step by step when read. */
export const EXPORT_VERSION = 2;

/** The tables an export carries, in the order they are written and imported. */
export const EXPORT_TABLES = ['records', 'criteria', 'stakeholders', 'conversations', 'followUps', 'settings'] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

export const RepIdentity = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name: z.string().check(z.maxLength(REP_NAME_MAX)),
});
export type RepIdentity = z.infer<typeof RepIdentity>;

/** One schema per table row: the ones the database is typed from (an answer also names its template). */
export const ROW_SCHEMAS = {
  records: StoredRecord,
  criteria: ExportedAnswer,
  stakeholders: Stakeholder,
  conversations: Conversation,
  followUps: FollowUp,
  settings: AnySetting,
} as const;

/** Version 1: the whole of one rep's database, table by table, as stored. */
export const ExportV1 = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  /** When the file was made (epoch ms). */
  exportedAt: z.number(),
  rep: RepIdentity,
  records: z.array(StoredRecord),
  criteria: z.array(CriterionState),
  stakeholders: z.array(Stakeholder),
  conversations: z.array(Conversation),
  followUps: z.array(FollowUp),
  settings: z.array(AnySetting),
});

/** Version 2: each answer names the template it belongs to (lib/model/export-answers.ts). */
export const ExportV2 = z.extend(ExportV1, { version: z.literal(2), criteria: z.array(ExportedAnswer) });
export type ExportData = z.infer<typeof ExportV2>;

/** What went wrong with a file, precisely enough to find it in the file. */
export interface ExportProblem {
  message: string;
  table?: ExportTable | undefined;
  /** 0-based position of the row in its table's list. */
  index?: number | undefined;
  /** Dotted path inside the row, e.g. "outcome.kind". */
  field?: string | undefined;
}

export type ParseResult = { ok: true; data: ExportData; upgradedFrom?: number | undefined } | { ok: false; problem: ExportProblem };

/** A file's top level before its version is known. */
export type Envelope = Record<string, unknown> & { version: number };

/**
 * UPGRADES[v - 1] turns a version-v envelope into version v + 1 (rename a field, fill a
 * new one), so every older file keeps importing.
 */
export const UPGRADES: readonly ((old: Envelope) => Envelope)[] = [upgradeV1toV2];

/** Brings an envelope of an older version up to EXPORT_VERSION, one step at a time. */
export function upgradeEnvelope(envelope: Envelope, upgrades: readonly ((old: Envelope) => Envelope)[] = UPGRADES, target = EXPORT_VERSION): Envelope {
  let current = envelope;
  while (current.version < target) {
    const step = upgrades[current.version - 1];
    if (!step) throw new Error(`no upgrade from export version ${current.version}`);
    const next = step(current);
    if (next.version !== current.version + 1) throw new Error(`the upgrade from version ${current.version} produced version ${next.version}`);
    current = next;
  }
  return current;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

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

// --- the fast path --------------------------------------------------------------------------
// Hand-written checks of the row schemas above, for the tables that hold many rows. Each
// accepts a row only if its zod schema would accept it unchanged (a test holds them to
// that with generated rows); anything unusual — an unknown field, a prototype other than
// Object's — is left to zod. If a schema gains a field, its rows fall back to zod (slower,
// still right) until the check here learns the field.

type Row = Record<string, unknown>;
const CRMS: ReadonlySet<unknown> = new Set(CRM_IDS);
const KINDS: ReadonlySet<unknown> = new Set(RECORD_KINDS);
const STATUSES: ReadonlySet<unknown> = new Set(CRITERION_STATUSES);
const ROLES: ReadonlySet<unknown> = new Set(STAKEHOLDER_ROLES);
const OUTCOMES: ReadonlySet<unknown> = new Set(OUTCOME_KINDS);

const isNum = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);
/** A string within a length limit (lib/model/limits.ts), the limit its schema sets. */
const isStr = (v: unknown, max: number): boolean => typeof v === 'string' && v.length <= max;
const isFilled = (v: unknown, max: number): boolean => typeof v === 'string' && v.length > 0 && v.length <= max;
const isKey = (v: unknown): boolean => isFilled(v, KEY_MAX);
const optNum = (v: unknown): boolean => v === undefined || isNum(v);
const optStr = (v: unknown, max: number): boolean => v === undefined || isStr(v, max);
const isPlain = (v: unknown): v is Row => typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/** Own enumerable keys, counted: equal to the number of known keys present means no others. */
function keyCount(row: Row): number {
  let n = 0;
  for (const key in row) if (Object.hasOwn(row, key)) n++;
  return n;
}
function present(row: Row, optional: readonly string[]): number {
  let n = 0;
  for (const key of optional) if (key in row) n++;
  return n;
}
function isFieldTimes(v: unknown): boolean {
  if (!isPlain(v)) return false;
  // "__proto__" (an own key after JSON.parse) is zod's to handle: it drops it.
  for (const key in v) if (!Object.hasOwn(v, key) || !isNum(v[key]) || key === '__proto__') return false;
  return true;
}
function isProblems(v: unknown): boolean {
  if (!Array.isArray(v)) return false;
  for (const p of v) if (!isPlain(p) || !isKey(p.id) || !isStr(p.text, SHORT_TEXT_MAX) || keyCount(p) !== 2) return false;
  return true;
}

const RECORD_OPTIONAL = ['name', 'lastRungId', 'lastRungAt'] as const;
function fastRecord(v: unknown): boolean {
  return (
    isPlain(v) &&
    isKey(v.key) && CRMS.has(v.crm) && isStr(v.instance, SHORT_TEXT_MAX) && KINDS.has(v.kind) && isStr(v.recordId, SHORT_TEXT_MAX) &&
    isStr(v.url, URL_MAX) && optStr(v.name, NAME_MAX) && isNum(v.firstSeen) && isNum(v.lastVisited) && optStr(v.lastRungId, KEY_MAX) &&
    optNum(v.lastRungAt) && isStr(v.nextMicroConversion, SHORT_TEXT_MAX) && isStr(v.callPurpose, SHORT_TEXT_MAX) &&
    isStr(v.targetDate, SHORT_TEXT_MAX) && isStr(v.source, SHORT_TEXT_MAX) &&
    isProblems(v.problems) && isFieldTimes(v.fieldTimes) &&
    keyCount(v) === 14 + present(v, RECORD_OPTIONAL)
  );
}

const CRITERION_OPTIONAL = ['verifiedAt', 'stakeholderId', 'templateId'] as const;
function fastCriterion(v: unknown): boolean {
  return (
    isPlain(v) &&
    isKey(v.recordKey) && isKey(v.criterionId) && STATUSES.has(v.status) && isStr(v.evidence, LONG_TEXT_MAX) &&
    optNum(v.verifiedAt) && optStr(v.stakeholderId, KEY_MAX) && optStr(v.templateId, KEY_MAX) && isFieldTimes(v.fieldTimes) &&
    keyCount(v) === 5 + present(v, CRITERION_OPTIONAL)
  );
}

function fastStakeholder(v: unknown): boolean {
  return (
    isPlain(v) &&
    isKey(v.id) && isKey(v.recordKey) && isStr(v.name, NAME_MAX) && isStr(v.title, SHORT_TEXT_MAX) && ROLES.has(v.role) &&
    isStr(v.needs, LONG_TEXT_MAX) &&
    isNum(v.createdAt) && isFieldTimes(v.fieldTimes) && keyCount(v) === 8
  );
}

function fastOutcome(o: unknown): boolean {
  if (!isPlain(o) || !OUTCOMES.has(o.kind)) return false;
  switch (o.kind) {
    case 'advanced':
      return isStr(o.rungId, KEY_MAX) && isStr(o.won, SHORT_TEXT_MAX) && keyCount(o) === 3;
    case 'notMe': {
      const r = o.referral;
      return (
        isPlain(r) && isFilled(r.name, NAME_MAX) && isStr(r.role, SHORT_TEXT_MAX) && isStr(r.reach, SHORT_TEXT_MAX) &&
        keyCount(r) === 3 && keyCount(o) === 2
      );
    }
    case 'notNow':
      return isNum(o.followUpAt) && isStr(o.reason, LONG_TEXT_MAX) && keyCount(o) === 3;
    default:
      return isStr(o.reason, LONG_TEXT_MAX) && keyCount(o) === 2;
  }
}
function fastConversation(v: unknown): boolean {
  return (
    isPlain(v) &&
    isKey(v.id) && isKey(v.recordKey) && isNum(v.at) && isNum(v.loggedAt) && fastOutcome(v.outcome) && isFilled(v.noteToFutureSelf, LONG_TEXT_MAX) &&
    keyCount(v) === 6
  );
}

const FOLLOW_UP_STATUSES: ReadonlySet<unknown> = new Set(['open', 'done']);
const FOLLOW_UP_OPTIONAL = ['doneAt'] as const;
function fastFollowUp(v: unknown): boolean {
  return (
    isPlain(v) &&
    isKey(v.id) && isKey(v.recordKey) && isNum(v.dueAt) && isStr(v.reason, LONG_TEXT_MAX) && FOLLOW_UP_STATUSES.has(v.status) &&
    isStr(v.conversationId, KEY_MAX) && isNum(v.createdAt) && optNum(v.doneAt) &&
    keyCount(v) === 7 + present(v, FOLLOW_UP_OPTIONAL)
  );
}

/** Fast checks per table; settings (a handful of rows) always go through zod. */
export const FAST_CHECKS: Partial<Record<ExportTable, (row: unknown) => boolean>> = {
  records: fastRecord,
  criteria: fastCriterion,
  stakeholders: fastStakeholder,
  conversations: fastConversation,
  followUps: fastFollowUp,
};

// --- messages --------------------------------------------------------------------------------

interface Issue {
  code?: string;
  path: PropertyKey[];
  expected?: unknown;
  values?: unknown[];
  options?: unknown[];
  minimum?: unknown;
  maximum?: unknown;
  origin?: unknown;
}

function rowProblem(table: ExportTable, index: number, row: unknown, issues: readonly Issue[]): ExportProblem {
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

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const part of path) value = isObject(value) || Array.isArray(value) ? (value as Record<PropertyKey, unknown>)[part] : undefined;
  return value;
}

function explain(issue: Issue, value: unknown): string {
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
