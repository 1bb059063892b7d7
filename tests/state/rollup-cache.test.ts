import { describe, expect, it } from 'vitest';
import type { TeamRep } from '../../lib/db/team';
import { rollUpSync } from '../../lib/report/rollup';
import { cachedRollUp, keepRollUp } from '../../lib/state/rollup-cache';
import { makeExport } from '../report/helpers';
import { MemoryStorage } from './memory-storage';

const ana = makeExport({ id: 'rep-a', name: 'Ana' }, [{ id: 'r1', statuses: ['confirmed'] }, { id: 'r2' }]);
const rep = (exportedAt: number): TeamRep => ({ repId: 'rep-a', name: 'Ana', exportedAt, importedAt: 5, records: 2 });

describe('the last roll-up, kept for the next opening', () => {
  it('comes back for the same exports, with its numbers and without the lists behind them', () => {
    const storage = new MemoryStorage();
    const rollUp = rollUpSync([ana]);
    keepRollUp([rep(1)], rollUp, storage);
    const kept = cachedRollUp([rep(1)], storage);
    expect(kept?.records).toBe(2);
    expect(kept?.byCriterion).toEqual(JSON.parse(JSON.stringify(rollUp.byCriterion)));
    expect(kept?.indices).toEqual([]);
  });

  it('is not used once an export was added, replaced or removed', () => {
    const storage = new MemoryStorage();
    keepRollUp([rep(1)], rollUpSync([ana]), storage);
    expect(cachedRollUp([rep(2)], storage)).toBeNull();
    expect(cachedRollUp([], storage)).toBeNull();
    expect(cachedRollUp([rep(1), { ...rep(1), repId: 'rep-b' }], storage)).toBeNull();
  });
});
