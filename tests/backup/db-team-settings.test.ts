import { describe, expect, it } from 'vitest';
import { patchCriterion } from '../../lib/db/criteria';
import type { ClosewardDb } from '../../lib/db/database';
import { chooseTemplate, readSettings, saveLadder, saveSetting, saveTemplates } from '../../lib/db/settings';
import { exportTeamSettings, importTeamSettings, previewTeamSettingsFile, teamSettingsFileName } from '../../lib/backup/db-team-settings';
import { activeTemplate, MEDDICC_TEMPLATE } from '../../lib/model/template';
import { addCriterion, copyTemplate } from '../../lib/model/template-edit';
import { TEAM_SETTINGS_FORMAT } from '../../lib/backup/team-settings';
import { freshDb, LEAD } from '../db/helpers';
import { touchRecord } from '../db/store-record';

const FIVE_RUNGS = [
  { id: 'intro', label: 'Intro call' },
  { id: 'discovery', label: 'Discovery' },
  { id: 'demo', label: 'Demo' },
  { id: 'proposal', label: 'Proposal' },
  { id: 'commitment', label: 'Commitment to decide' },
];

/** A lead's browser: a MEDDICC copy with one more criterion, five rungs, 14 days, a month. */
async function leadDb(): Promise<ClosewardDb> {
  const lead = freshDb();
  const ours = addCriterion(copyTemplate(MEDDICC_TEMPLATE, [], 'Our MEDDICC'), 'Paper process');
  await saveTemplates(lead, [ours], 1);
  await chooseTemplate(lead, ours.id, 1);
  await saveLadder(lead, FIVE_RUNGS, 1);
  await saveSetting(lead, 'stalenessDays', 14, 1);
  await saveSetting(lead, 'notNowPreset', 'month', 1);
  return lead;
}

/** Everything stored, as text: equal digests, equal databases. */
async function digest(database: ClosewardDb): Promise<string> {
  const tables = await Promise.all(database.tables.map(async (t) => [t.name, await t.toArray()] as const));
  return JSON.stringify(tables);
}

describe('the team settings file', () => {
  it("round-trips: a rep who imports it has the lead's template, ladder and timings, and keeps their answers", async () => {
    const lead = await leadDb();
    const text = await exportTeamSettings(lead, 2);
    expect(JSON.parse(text)).toMatchObject({ format: TEAM_SETTINGS_FORMAT, version: 1 });

    const rep = freshDb();
    await touchRecord(rep, LEAD, 'https://crm.test/record', 1);
    await patchCriterion(rep, LEAD.key, 'budget', { status: 'confirmed', evidence: 'Signed-off budget' }, 3);
    const preview = await previewTeamSettingsFile(rep, text);
    expect(preview.ok && preview.changes.map((c) => c.what)).toEqual(['Checklist', 'Ladder', 'Re-qualify after', '"Not now" calls back']);
    expect(preview.ok && preview.changes[0]).toMatchObject({ from: 'Closeward default (6 criteria)', to: 'Our MEDDICC (8 criteria)' });

    expect(await importTeamSettings(rep, text, 4)).toEqual({ ok: true });
    const [mine, theirs] = [await readSettings(rep), await readSettings(lead)];
    expect(activeTemplate(mine)).toEqual(activeTemplate(theirs));
    expect(mine.ladder).toEqual(FIVE_RUNGS);
    expect(mine).toMatchObject({ stalenessDays: 14, notNowPreset: 'month' });
    // The default ladder's rungs that left keep their names for records standing on them.
    expect(mine.retiredRungs.map((r) => r.id)).toContain('secondMeeting');
    const row = await rep.checklists.get(LEAD.key);
    expect(row?.answers).toMatchObject([{ criterionId: 'budget', status: 'confirmed', evidence: 'Signed-off budget' }]);
    // Exported again from the rep: the same playbook.
    expect(JSON.parse(await exportTeamSettings(rep, 2))).toEqual(JSON.parse(text));
    // Imported twice: nothing more to change.
    const again = await previewTeamSettingsFile(rep, text);
    expect(again.ok && again.changes).toEqual([]);
  });

  it('a built-in as shipped is chosen, not copied', async () => {
    const lead = freshDb();
    await chooseTemplate(lead, 'meddicc', 1);
    const rep = freshDb();
    await importTeamSettings(rep, await exportTeamSettings(lead, 2), 3);
    expect(await readSettings(rep)).toMatchObject({ templateId: 'meddicc', templates: [] });
  });

  const good = async () => JSON.parse(await exportTeamSettings(await leadDb(), 2)) as Record<string, unknown>;
  const cases: [string, (file: Record<string, unknown>) => unknown, RegExp][] = [
    ['not JSON', () => '{"format": "closeward-team', /not valid JSON/],
    ['a list', () => [], /does not hold a JSON object/],
    ['another format', (f) => ({ ...f, format: 'closeward-export' }), /"format" is "closeward-export".*team report/],
    ['a newer version', (f) => ({ ...f, version: 7 }), /newer Closeward \(version 7\)/],
    ['no ladder', (f) => ({ ...f, ladder: undefined }), /"ladder" is missing/],
    ['an empty ladder', (f) => ({ ...f, ladder: [] }), /"ladder" is not valid/],
    ['staleness of zero days', (f) => ({ ...f, stalenessDays: 0 }), /"stalenessDays" is not valid.*got 0/],
    ['an unknown interval', (f) => ({ ...f, notNowPreset: 'never' }), /"notNowPreset" is not valid.*"never"/],
    [
      'a criterion without a name',
      (f) => ({ ...f, template: { ...(f.template as object), criteria: [{ id: 'x', name: '', question: '' }] } }),
      /"template.criteria.0.name"/,
    ],
    [
      'two criteria with one id',
      (f) => ({
        ...f,
        template: {
          ...(f.template as object),
          criteria: [
            { id: 'x', name: 'X', question: '' },
            { id: 'x', name: 'Y', question: '' },
          ],
        },
      }),
      /two criteria have the same id/,
    ],
  ];
  it.each(cases)('refuses %s, names the problem, and changes nothing', async (_, make, message) => {
    const rep = freshDb();
    await touchRecord(rep, LEAD, 'https://crm.test/record', 1);
    await patchCriterion(rep, LEAD.key, 'budget', { status: 'confirmed' }, 3);
    const before = await digest(rep);
    const bad = make(await good());
    const text = typeof bad === 'string' ? bad : JSON.stringify(bad);
    const preview = await previewTeamSettingsFile(rep, text);
    expect(preview.ok).toBe(false);
    const result = await importTeamSettings(rep, text, 4);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
    expect(!result.ok && result.message).toMatch(/Nothing was changed\.$/);
    expect(await digest(rep)).toBe(before);
  });

  it('names the file by date', () => {
    expect(teamSettingsFileName(new Date(2026, 10, 25, 12).getTime())).toBe('closeward-team-settings-2026-11-25.json');
  });
});
