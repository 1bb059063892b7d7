// A team lead's import: reps' export files into the team database (lib/db/team.ts), never
// into the lead's own records.
import { putRepExport, type TeamDb, type TeamRep } from '../db/team';
import { repLabel, yieldToMain, type ReportSource, type SliceOptions } from '../model/report';
import type { RecordList } from '../report/columns';
import { findOverlap, type Overlap } from '../report/duplicates';
import { parseExportSliced } from './check';
import type { ExportData, ExportProblem } from './format';

/** Who is in the team report already: each rep's record keys, to spot the same data twice. */
export interface KnownRep {
  repId: string;
  name: string;
  keys: ReadonlySet<string>;
}

export function knownReps(sources: readonly { rep: ReportSource['rep']; records: RecordList }[]): KnownRep[] {
  return sources.map((s) => {
    const keys = new Set<string>();
    for (let i = 0; i < s.records.length; i++) keys.add(s.records.at(i)!.key);
    return { repId: s.rep.id, name: repLabel(s.rep), keys };
  });
}

/** The same, a rep at a time with a turn for the page in between (a team's keys are many). */
export async function knownRepsSliced(sources: readonly { rep: ReportSource['rep']; records: RecordList }[]): Promise<KnownRep[]> {
  const known: KnownRep[] = [];
  for (const source of sources) {
    known.push(...knownReps([source]));
    await yieldToMain();
  }
  return known;
}

export type CheckedRepFile =
  | { file: string; ok: false; problem: ExportProblem }
  /** A file to add; with `overlap`, only once the lead says so. */
  | { file: string; ok: true; data: ExportData; replaced: boolean; overlap?: Overlap | undefined };

/**
 * A team lead's files, checked one by one (in slices, the page stays live) and held up
 * against the reps already in the report and the files before it: an export sharing more
 * than half its records with another rep's is flagged, not added.
 */
export async function checkRepFiles(
  team: TeamDb,
  files: readonly { name: string; text(): Promise<string> }[],
  known: readonly KnownRep[],
  options: SliceOptions = {},
): Promise<CheckedRepFile[]> {
  const results: CheckedRepFile[] = [];
  const seen = [...known];
  for (const file of files) {
    let value: unknown;
    try {
      value = JSON.parse(await file.text());
    } catch {
      results.push({ file: file.name, ok: false, problem: { message: 'The file is not JSON: is it a Closeward export (.json)?' } });
      continue;
    }
    const parsed = await parseExportSliced(value, options);
    if (!parsed.ok) {
      results.push({ file: file.name, ok: false, problem: parsed.problem });
      continue;
    }
    const { data } = parsed;
    const keys = data.records.map((r) => r.key);
    const overlap = findOverlap({ repId: data.rep.id, keys }, seen);
    const replaced = (await team.reps.get(data.rep.id)) !== undefined;
    results.push({ file: file.name, ok: true, data, replaced, overlap });
    seen.push({ repId: data.rep.id, name: repLabel(data.rep), keys: new Set(keys) });
  }
  return results;
}

/** Adds a checked export (the lead's decision on an overlap made). */
export function addRepExport(team: TeamDb, data: ExportData, now = Date.now()): Promise<TeamRep> {
  return putRepExport(team, data, now);
}
