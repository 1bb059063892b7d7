import type { ImportResult } from '../backup/db-import';
import type { TeamRep } from '../db/team';
import { repLabel } from '../model/report';
import { formatDate } from '../model/time';
import type { Notice } from './dashboard-store';

/** "1 record", "2 records": a count with its noun, singular or plural. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

/** What a merged backup changed, in words. */
export function restoredText(result: Extract<ImportResult, { ok: true }>): string {
  const t = result.tables;
  const changed = (n: { added: number; updated: number }) => n.added + n.updated;
  return (
    `Merged the backup of ${repLabel(result.rep)} made ${formatDate(result.exportedAt)}: ` +
    `${plural(t.records.added, 'record')} added, ${t.records.updated.toLocaleString()} updated, ` +
    `${plural(changed(t.criteria), 'criterion', 'criteria')}, ${plural(changed(t.conversations), 'conversation')} and ` +
    `${plural(changed(t.followUps), 'follow-up')} added or updated.` +
    (result.clockNote ? ` ${result.clockNote}` : '')
  );
}

/** One line per rep's export added to the team report. */
export function addedNotice(file: string, rep: TeamRep, replaced: boolean): Notice {
  const verb = replaced ? 'replaced the earlier export of' : 'added';
  return { kind: 'ok', text: `${file}: ${verb} ${repLabel({ id: rep.repId, name: rep.name })}, ${plural(rep.records, 'record')}.` };
}
