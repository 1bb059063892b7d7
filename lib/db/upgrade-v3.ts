import type { Transaction } from 'dexie';
import type { CriterionState, StoredChecklist } from '../model/checklist';
import { answerOf } from '../model/checklist';

/**
 * v2 → v3: the criteria rows (one per answer, keyed [recordKey+criterionId]) become one
 * checklists row per record. Read a page at a time in key order through the v2 recordKey
 * index, so a rep with years of records never holds them all at once; a record's answers
 * are always written together.
 */
export async function upgradeToV3(tx: Transaction, pageSize = 30_000): Promise<void> {
  const criteria = tx.table<CriterionState, [string, string]>('criteria');
  const checklists = tx.table<StoredChecklist, string>('checklists');
  let after: string | undefined;
  for (;;) {
    const query = after === undefined ? criteria.orderBy('recordKey') : criteria.where('recordKey').above(after);
    let page = await query.limit(pageSize).toArray();
    if (!page.length) return;
    const full = page.length === pageSize;
    const lastKey = page[page.length - 1]!.recordKey;
    if (full) {
      // The last record may go on in the next page: it is written from there, unless it is
      // the only one in this page; then all of its rows are read at once.
      const cut = page.findIndex((state) => state.recordKey === lastKey);
      page = cut > 0 ? page.slice(0, cut) : await criteria.where('recordKey').equals(lastKey).toArray();
    }
    const rows: StoredChecklist[] = [];
    for (const state of page) {
      const row = rows[rows.length - 1];
      if (row?.recordKey === state.recordKey) row.answers.push(answerOf(state));
      else rows.push({ recordKey: state.recordKey, answers: [answerOf(state)] });
    }
    await checklists.bulkPut(rows);
    if (!full) return;
    after = rows[rows.length - 1]!.recordKey;
  }
}
