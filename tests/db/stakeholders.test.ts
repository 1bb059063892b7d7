import { describe, expect, it } from 'vitest';
import { criteriaOf, patchCriterion } from '../../lib/db/criteria';
import { addStakeholder, patchStakeholder, removeStakeholder, stakeholdersOf } from '../../lib/db/stakeholders';
import { noteVisit } from '../../lib/db/visits';
import { freshDb, LEAD } from './helpers';

const OTHER = { ...LEAD, key: 'other', recordId: 'other' };

describe('buying team repository', () => {
  it('lists people in the order they were added', async () => {
    const database = freshDb();
    await noteVisit(database, LEAD, 'https://x/1', 500);
    await noteVisit(database, OTHER, 'https://x/2', 500);
    await addStakeholder(database, LEAD.key, { name: 'Second' }, 2000, 'b');
    await addStakeholder(database, LEAD.key, { name: 'First' }, 1000, 'a');
    await addStakeholder(database, 'other', { name: 'Elsewhere' }, 1500, 'c');
    expect((await stakeholdersOf(database, LEAD.key)).map((p) => p.name)).toEqual(['First', 'Second']);
  });

  it('removing a person clears the criteria that pointed to them', async () => {
    const database = freshDb();
    await noteVisit(database, LEAD, 'https://x/1', 500);
    await addStakeholder(database, LEAD.key, { name: 'Bob', role: 'coach' }, 1000, 'bob');
    await patchCriterion(database, LEAD.key, 'coach', { stakeholderId: 'bob', status: 'confirmed' }, 1100);
    await removeStakeholder(database, 'bob', 1200);
    expect(await stakeholdersOf(database, LEAD.key)).toEqual([]);
    const [coach] = await criteriaOf(database, LEAD.key);
    expect(coach?.stakeholderId).toBeUndefined();
    expect(coach?.status).toBe('confirmed');
  });

  it('an edit arriving after a removal does not bring the person back', async () => {
    const database = freshDb();
    await noteVisit(database, LEAD, 'https://x/1', 500);
    await addStakeholder(database, LEAD.key, {}, 1000, 'gone');
    await removeStakeholder(database, 'gone', 1100);
    await patchStakeholder(database, 'gone', { name: 'Late keystroke' }, 1050);
    expect(await database.stakeholders.get('gone')).toBeUndefined();
  });
});
