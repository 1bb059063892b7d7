import { describe, expect, it } from 'vitest';
import { readSettings, saveLadder } from '../../lib/db/settings';
import { DEFAULT_LADDER, type Ladder } from '../../lib/model/ladder';
import { addRung, moveRung, removeRung, renameRung, retire, RUNG_GONE, standing, standingText } from '../../lib/model/ladder-edit';
import { freshDb } from '../db/helpers';

const LADDER: Ladder = [
  { id: 'intro', label: 'Intro call' },
  { id: 'demo', label: 'Demo' },
  { id: 'trial', label: 'Trial' },
];

describe('ladder edits', () => {
  it('adds above the highest rung with an id from its name, renames without changing the id', () => {
    const added = addRung(LADDER, ' Security review ');
    expect(added.at(-1)).toEqual({ id: 'securityReview', label: 'Security review' });
    expect(addRung(LADDER, '   ')).toBe(LADDER);
    expect(renameRung(LADDER, 'demo', 'Live demo')[1]).toEqual({ id: 'demo', label: 'Live demo' });
  });

  it('reorders and removes, but never the last rung', () => {
    expect(moveRung(LADDER, 2, 0).map((r) => r.id)).toEqual(['trial', 'intro', 'demo']);
    expect(moveRung(LADDER, 0, 9).map((r) => r.id)).toEqual(['demo', 'trial', 'intro']);
    expect(removeRung(LADDER, 'demo').map((r) => r.id)).toEqual(['intro', 'trial']);
    expect(removeRung([LADDER[0]!], 'intro')).toEqual([LADDER[0]]);
  });

  it('remembers a removed rung until it comes back', () => {
    const retired = retire([], LADDER, removeRung(LADDER, 'demo'));
    expect(retired).toEqual([{ id: 'demo', label: 'Demo' }]);
    expect(retire(retired, removeRung(LADDER, 'demo'), LADDER)).toEqual([]);
  });
});

describe('where a record stands', () => {
  it('on the ladder, on no rung, or on a rung that left it', () => {
    expect(standing(LADDER, undefined)).toEqual({ kind: 'none' });
    expect(standingText(standing(LADDER, 'demo'))).toBe('Demo');
    const gone = standing(removeRung(LADDER, 'demo'), 'demo', [{ id: 'demo', label: 'Demo' }]);
    expect(gone).toEqual({ kind: 'removed', rungId: 'demo', label: 'Demo', note: RUNG_GONE });
    expect(standingText(gone)).toBe('Demo (rung no longer in the ladder)');
    // Unknown to every list: the id is all there is.
    expect(standing(LADDER, 'mystery')).toMatchObject({ kind: 'removed', label: 'mystery' });
    expect(standing(LADDER, 'discovery')).toMatchObject({ kind: 'removed', label: 'Discovery' });
  });

  it('the saved ladder keeps the names of rungs it lost', async () => {
    const database = freshDb();
    await saveLadder(database, removeRung(DEFAULT_LADDER, 'discovery'), 5);
    const settings = await readSettings(database);
    expect(settings.ladder).toHaveLength(DEFAULT_LADDER.length - 1);
    expect(settings.retiredRungs).toEqual([{ id: 'discovery', label: 'Discovery' }]);
    expect(standingText(standing(settings.ladder, 'discovery', settings.retiredRungs))).toBe('Discovery (rung no longer in the ladder)');
  });
});
