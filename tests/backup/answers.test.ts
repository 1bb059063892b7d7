import { describe, expect, it } from 'vitest';
import { patchCriterion } from '../../lib/db/criteria';
import { readExportData } from '../../lib/backup/db-export';
import { importBackup } from '../../lib/backup/db-import';
import { chooseTemplate } from '../../lib/db/settings';
import { parseExport } from '../../lib/backup/check';
import { answerTemplates } from '../../lib/backup/answers';
import { MEDDICC_TEMPLATE } from '../../lib/model/template';
import { copyTemplate } from '../../lib/model/template-edit';
import { freshDb, LEAD } from '../db/helpers';
import { touchRecord } from '../db/store-record';
import { makeExport, NOW } from '../report/helpers';

describe('exports name the template of each answer', () => {
  it('the active template owns its criteria; another answer goes to the template that has it', () => {
    const ours = { ...copyTemplate(MEDDICC_TEMPLATE, []), criteria: [...MEDDICC_TEMPLATE.criteria, { id: 'budget', name: 'Budget', question: '' }] };
    const owner = answerTemplates({ templateId: ours.id, templates: [ours] });
    expect(owner.get('budget')).toBe(ours.id);
    expect(owner.get('metrics')).toBe(ours.id);
    expect(owner.get('coach')).toBe('default');
    expect(owner.get('situation')).toBe('spiced');
    expect(owner.get('mystery')).toBeUndefined();
  });

  it('a rep on MEDDICC exports MEDDICC answers as MEDDICC and kept default answers as the default', async () => {
    const database = freshDb();
    await touchRecord(database, LEAD, 'https://crm.test/record', NOW - 10);
    await patchCriterion(database, LEAD.key, 'budget', { status: 'confirmed' }, NOW - 5);
    await chooseTemplate(database, 'meddicc', NOW - 4);
    await patchCriterion(database, LEAD.key, 'champion', { status: 'atRisk' }, NOW - 3);
    const data = await readExportData(database, NOW);
    expect(data.version).toBe(2);
    expect(data.criteria.map((c) => [c.criterionId, c.templateId])).toEqual([
      ['budget', 'default'],
      ['champion', 'meddicc'],
    ]);
    // Back into a database, the answers are stored as they were: no template on them.
    const other = freshDb();
    expect((await importBackup(other, JSON.stringify(data), { now: NOW })).ok).toBe(true);
    const row = await other.checklists.get(LEAD.key);
    expect(row?.answers.map((a) => Object.keys(a).includes('templateId'))).toEqual([false, false]);
    expect(row?.answers).toEqual((await database.checklists.get(LEAD.key))?.answers);
  });

  it('a version 1 file is upgraded: default criteria belong to the default template, others to none', () => {
    const v2 = makeExport({ id: 'r1', name: 'Ana' }, [{ id: 'a', statuses: ['confirmed', 'no'] }]);
    const v1 = { ...v2, version: 1, criteria: [...v2.criteria.map(({ templateId: _t, ...c }) => c), { ...v2.criteria[0]!, criterionId: 'metrics' }] };
    const parsed = parseExport(JSON.parse(JSON.stringify(v1)));
    expect(parsed.ok && parsed.upgradedFrom).toBe(1);
    expect(parsed.ok && parsed.data.criteria.map((c) => [c.criterionId, c.templateId])).toEqual([
      ['budget', 'default'],
      ['coach', 'default'],
      ['metrics', undefined],
    ]);
  });

  it('a template id that is not text is refused with its row and field', () => {
    const data = makeExport({ id: 'r1', name: 'Ana' }, [{ id: 'a', statuses: ['confirmed'] }]);
    const bad = { ...data, criteria: [{ ...data.criteria[0]!, templateId: 7 }] };
    const parsed = parseExport(JSON.parse(JSON.stringify(bad)));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problem).toMatchObject({ table: 'criteria', index: 0, field: 'templateId' });
  });
});
