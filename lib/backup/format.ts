// The export file: what it says it is, its version, its tables and the schema of each row.
import { z } from 'zod/mini';
import { CriterionState } from '../model/checklist';
import { Conversation } from '../model/conversation';
import { FollowUp } from '../model/follow-up';
import { AnySetting, REP_NAME_MAX } from '../model/settings';
import { Stakeholder } from '../model/stakeholder';
import { StoredRecord } from '../model/stored-record';
import { ExportedAnswer } from './answers';

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

/** Version 2: each answer names the template it belongs to (lib/backup/answers.ts). */
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
