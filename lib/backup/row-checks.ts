// The fast path of the row check: hand-written checks of the row schemas
// (lib/backup/format.ts), for the tables that hold many rows. Each accepts a row only if its
// zod schema would accept it unchanged (a property test holds them to that with generated
// rows); anything unusual (an unknown field, a prototype other than Object's) is left to
// zod. If a schema gains a field, its rows fall back to zod (slower, still right) until the
// check here learns the field. docs/decisions/017-import-row-checks.md has the numbers.
import { CRITERION_STATUSES } from '../model/checklist';
import { OUTCOME_KINDS } from '../model/conversation';
import { KEY_MAX, LONG_TEXT_MAX, NAME_MAX, SHORT_TEXT_MAX, URL_MAX } from '../model/limits';
import { STAKEHOLDER_ROLES } from '../model/stakeholder';
import { CRM_IDS, RECORD_KINDS } from '../model/vocabulary';
import type { ExportTable } from './format';

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
    isKey(v.key) &&
    CRMS.has(v.crm) &&
    isStr(v.instance, SHORT_TEXT_MAX) &&
    KINDS.has(v.kind) &&
    isStr(v.recordId, SHORT_TEXT_MAX) &&
    isStr(v.url, URL_MAX) &&
    optStr(v.name, NAME_MAX) &&
    isNum(v.firstSeen) &&
    isNum(v.lastVisited) &&
    optStr(v.lastRungId, KEY_MAX) &&
    optNum(v.lastRungAt) &&
    isStr(v.nextMicroConversion, SHORT_TEXT_MAX) &&
    isStr(v.callPurpose, SHORT_TEXT_MAX) &&
    isStr(v.targetDate, SHORT_TEXT_MAX) &&
    isStr(v.source, SHORT_TEXT_MAX) &&
    isProblems(v.problems) &&
    isFieldTimes(v.fieldTimes) &&
    keyCount(v) === 14 + present(v, RECORD_OPTIONAL)
  );
}

const CRITERION_OPTIONAL = ['verifiedAt', 'stakeholderId', 'templateId'] as const;
function fastCriterion(v: unknown): boolean {
  return (
    isPlain(v) &&
    isKey(v.recordKey) &&
    isKey(v.criterionId) &&
    STATUSES.has(v.status) &&
    isStr(v.evidence, LONG_TEXT_MAX) &&
    optNum(v.verifiedAt) &&
    optStr(v.stakeholderId, KEY_MAX) &&
    optStr(v.templateId, KEY_MAX) &&
    isFieldTimes(v.fieldTimes) &&
    keyCount(v) === 5 + present(v, CRITERION_OPTIONAL)
  );
}

function fastStakeholder(v: unknown): boolean {
  return (
    isPlain(v) &&
    isKey(v.id) &&
    isKey(v.recordKey) &&
    isStr(v.name, NAME_MAX) &&
    isStr(v.title, SHORT_TEXT_MAX) &&
    ROLES.has(v.role) &&
    isStr(v.needs, LONG_TEXT_MAX) &&
    isNum(v.createdAt) &&
    isFieldTimes(v.fieldTimes) &&
    keyCount(v) === 8
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
        isPlain(r) && isFilled(r.name, NAME_MAX) && isStr(r.role, SHORT_TEXT_MAX) && isStr(r.reach, SHORT_TEXT_MAX) && keyCount(r) === 3 && keyCount(o) === 2
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
    isKey(v.id) &&
    isKey(v.recordKey) &&
    isNum(v.at) &&
    isNum(v.loggedAt) &&
    fastOutcome(v.outcome) &&
    isFilled(v.noteToFutureSelf, LONG_TEXT_MAX) &&
    keyCount(v) === 6
  );
}

const FOLLOW_UP_STATUSES: ReadonlySet<unknown> = new Set(['open', 'done']);
const FOLLOW_UP_OPTIONAL = ['doneAt'] as const;
function fastFollowUp(v: unknown): boolean {
  return (
    isPlain(v) &&
    isKey(v.id) &&
    isKey(v.recordKey) &&
    isNum(v.dueAt) &&
    isStr(v.reason, LONG_TEXT_MAX) &&
    FOLLOW_UP_STATUSES.has(v.status) &&
    isStr(v.conversationId, KEY_MAX) &&
    isNum(v.createdAt) &&
    optNum(v.doneAt) &&
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
