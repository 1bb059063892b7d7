import { withAnswer } from '../model/checklist';
import { newStakeholder, type Stakeholder, type StakeholderFields } from '../model/stakeholder';
import type { ClosewardDb } from './database';
import { newerWinsEditOnTie } from './merge';
import { ensureRecord } from './visits';

export const byAdded = (a: Stakeholder, b: Stakeholder): number => a.createdAt - b.createdAt || a.id.localeCompare(b.id);

/** The buying team of one record, in the order the rep added them. */
export async function stakeholdersOf(database: ClosewardDb, recordKey: string): Promise<Stakeholder[]> {
  const rows = await database.stakeholders.where('recordKey').equals(recordKey).toArray();
  return rows.sort(byAdded);
}

export async function addStakeholder(
  database: ClosewardDb,
  recordKey: string,
  fields: Partial<StakeholderFields> = {},
  now = Date.now(),
  id: string = crypto.randomUUID(),
): Promise<Stakeholder> {
  const person = { ...newStakeholder(id, recordKey, now), ...fields };
  await database.transaction('rw', database.stakeholders, database.records, database.visits, async () => {
    await ensureRecord(database, recordKey);
    await database.stakeholders.add(person);
  });
  return person;
}

/** Field by field, like criteria: two tabs editing different fields of one person keep both. */
export async function patchStakeholder(database: ClosewardDb, id: string, changes: Partial<StakeholderFields>, at = Date.now()): Promise<void> {
  await database.transaction('rw', database.stakeholders, async () => {
    const row = await database.stakeholders.get(id);
    // Removed meanwhile (in another tab): the removal stands.
    if (!row) return;
    const next = newerWinsEditOnTie(row, changes, at);
    if (next) await database.stakeholders.put(next);
  });
}

/** Removes a person, and the pointer of every criterion that said it came from them. */
export async function removeStakeholder(database: ClosewardDb, id: string, at = Date.now()): Promise<void> {
  await database.transaction('rw', database.stakeholders, database.checklists, async () => {
    const person = await database.stakeholders.get(id);
    if (!person) return;
    await database.stakeholders.delete(id);
    let row = await database.checklists.get(person.recordKey);
    if (!row) return;
    const before = row;
    for (const answer of before.answers) {
      if (answer.stakeholderId !== id) continue;
      const next = newerWinsEditOnTie(answer, { stakeholderId: undefined }, at);
      if (next) row = withAnswer(row, person.recordKey, next);
    }
    if (row !== before) await database.checklists.put(row);
  });
}
