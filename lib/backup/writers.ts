// How each table of an export is written: its object store, its key, its merge rule
// (lib/backup/merge.ts) and how its rows are counted. Pure; used by lib/backup/db-write.ts.
import type { StoredChecklist } from '../model/checklist';
import type { ExportData, ExportTable } from './format';
import {
  addMissingConversation,
  mergeChecklistKeepStoredOnTie,
  mergeFollowUpDoneWins,
  mergeRecordKeepStoredOnTie,
  mergeSettingKeepStoredOnTie,
  mergeStakeholderKeepStoredOnTie,
} from './merge';

export interface TableCounts {
  added: number;
  updated: number;
  unchanged: number;
}

/** The object store each table of an export goes to. */
export const STORES: Record<ExportTable, string> = {
  records: 'records',
  criteria: 'checklists',
  stakeholders: 'stakeholders',
  conversations: 'conversations',
  followUps: 'followUps',
  settings: 'settings',
};

export interface TableKey {
  /** The IndexedDB key of a row. */
  of(row: object): IDBValidKey;
  /** The key as one string, for a Map. */
  id(row: object): string;
  /** IndexedDB's order of keys (strings compare by code unit, like JavaScript's <). */
  compare(a: object, b: object): number;
}

export const byString = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

function stringKey(field: string): TableKey {
  const of = (row: object) => (row as Record<string, string>)[field]!;
  return { of, id: of, compare: (a, b) => byString(of(a), of(b)) };
}

/** Counts per answer, not per checklist row: the rep imported criteria. */
function tallyChecklist(before: object | undefined, merged: object | null, incoming: object, counts: TableCounts): void {
  const answers = (incoming as StoredChecklist).answers;
  if (!before) {
    counts.added += answers.length;
    return;
  }
  const was = (before as StoredChecklist).answers;
  const now = (merged as StoredChecklist | null)?.answers;
  for (const answer of answers) {
    const old = was.find((a) => a.criterionId === answer.criterionId);
    if (!old) counts.added++;
    else if (now && !now.includes(old)) counts.updated++;
    else counts.unchanged++;
  }
}

function tallyRow(before: object | undefined, merged: object | null, _incoming: object, counts: TableCounts): void {
  if (!merged) counts.unchanged++;
  else if (before) counts.updated++;
  else counts.added++;
}

/** How one table is written: its key, the merge with a stored row, how rows are counted. */
export interface TableWriter {
  key: TableKey;
  /** The row to store given the stored one (if any) and the backup's; null to leave it. */
  merge(stored: object | undefined, incoming: object): object | null;
  tally(before: object | undefined, merged: object | null, incoming: object, counts: TableCounts): void;
  /** How many of the export's rows one row stands for (a checklist: its answers). */
  weight(row: object): number;
}

type Row<T extends ExportTable> = ExportData[T][number];
function writer<T extends ExportTable>(key: TableKey, merge: (stored: Row<T> | undefined, incoming: Row<T>) => Row<T> | null): TableWriter {
  return { key, merge: merge as TableWriter['merge'], tally: tallyRow, weight: () => 1 };
}

export const WRITERS: Record<ExportTable, TableWriter> = {
  records: writer<'records'>(stringKey('key'), mergeRecordKeepStoredOnTie),
  criteria: {
    key: stringKey('recordKey'),
    merge: mergeChecklistKeepStoredOnTie as TableWriter['merge'],
    tally: tallyChecklist,
    weight: (row) => (row as StoredChecklist).answers.length,
  },
  stakeholders: writer<'stakeholders'>(stringKey('id'), mergeStakeholderKeepStoredOnTie),
  conversations: writer<'conversations'>(stringKey('id'), addMissingConversation),
  followUps: writer<'followUps'>(stringKey('id'), mergeFollowUpDoneWins),
  settings: writer<'settings'>(stringKey('key'), mergeSettingKeepStoredOnTie),
};
