import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { patchCriterion, criteriaOf } from '../../lib/db/criteria';
import { chooseTemplate, readSettings, saveTemplates } from '../../lib/db/settings';
import { DEFAULT_CRITERIA, type CriterionStatus } from '../../lib/model/checklist';
import { templateReadiness } from '../../lib/model/readiness';
import {
  activeTemplate,
  BUILT_IN_TEMPLATES,
  DEFAULT_TEMPLATE,
  MEDDICC_TEMPLATE,
  splitAnswers,
  Template,
  type Template as TemplateT,
} from '../../lib/model/template';
import { addCriterion, copyTemplate, editCriterion, idFromName, moveCriterion, removeCriterion, withTemplate } from '../../lib/model/template-edit';
import { DAY_MS } from '../../lib/model/time';
import { freshDb, LEAD } from '../db/helpers';
import { touchRecord } from '../db/store-record';

describe('built-in templates', () => {
  it('the default keeps the ids and order answers were always stored under', () => {
    expect(DEFAULT_TEMPLATE.criteria.map((c) => [c.id, c.name, c.question])).toEqual(DEFAULT_CRITERIA.map((d) => [d.id, d.label, d.question]));
  });

  it('every built-in passes its own schema, and MEDDICC and SPICED have their criteria', () => {
    for (const t of BUILT_IN_TEMPLATES) expect(Template.safeParse(t).success).toBe(true);
    expect(MEDDICC_TEMPLATE.criteria.map((c) => c.name)).toEqual([
      'Metrics',
      'Economic buyer',
      'Decision criteria',
      'Decision process',
      'Identify pain',
      'Champion',
      'Competition',
    ]);
    expect(BUILT_IN_TEMPLATES.find((t) => t.id === 'spiced')?.criteria.map((c) => c.name)).toEqual([
      'Situation',
      'Pain',
      'Impact',
      'Critical event',
      'Decision',
    ]);
  });

  it('a template with two criteria of one id is refused', () => {
    const twice = { ...DEFAULT_TEMPLATE, criteria: [DEFAULT_TEMPLATE.criteria[0], DEFAULT_TEMPLATE.criteria[0]] };
    expect(Template.safeParse(twice).success).toBe(false);
  });

  it('ids come from names and never clash', () => {
    expect(idFromName('Economic buyer', new Set())).toBe('economicBuyer');
    expect(idFromName('Économie', new Set(['economie']))).toBe('economie2');
    expect(idFromName('!!!', new Set(), 'criterion')).toBe('criterion');
  });
});

describe('readiness counts the active template only', () => {
  const NOW = 100 * DAY_MS;
  const states = {
    budget: { status: 'confirmed' as CriterionStatus, verifiedAt: NOW },
    metrics: { status: 'confirmed' as CriterionStatus, verifiedAt: NOW },
    champion: { status: 'atRisk' as CriterionStatus, verifiedAt: NOW - 90 * DAY_MS },
  };
  it('MEDDICC: metrics and champion count, budget (kept from the default) does not', () => {
    const r = templateReadiness(MEDDICC_TEMPLATE, states, NOW, 30);
    expect(r).toMatchObject({ total: 7, confirmed: 1, atRisk: 1, unknown: 5, stale: 1 });
  });
  it('the default: budget counts, the MEDDICC answers do not', () => {
    expect(templateReadiness(DEFAULT_TEMPLATE, states, NOW, 30)).toMatchObject({ total: 6, confirmed: 1, atRisk: 0, stale: 0 });
  });
});

// --- switching and editing never loses an answer -------------------------------------------

type Edit =
  | { op: 'switch'; to: number }
  | { op: 'copy'; from: number }
  | { op: 'add'; name: string }
  | { op: 'rename'; at: number; name: string }
  | { op: 'remove'; at: number }
  | { op: 'move'; from: number; to: number }
  | { op: 'answer'; at: number; status: CriterionStatus };

const NAMES = ['Budget', 'Champion', 'Pain', 'Metrics', 'Need', 'Risk', 'Legal', 'Timing'];
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('switch' as const), to: fc.nat(12) }),
  fc.record({ op: fc.constant('copy' as const), from: fc.nat(12) }),
  fc.record({ op: fc.constant('add' as const), name: fc.constantFrom(...NAMES) }),
  fc.record({ op: fc.constant('rename' as const), at: fc.nat(10), name: fc.constantFrom(...NAMES) }),
  fc.record({ op: fc.constant('remove' as const), at: fc.nat(10) }),
  fc.record({ op: fc.constant('move' as const), from: fc.nat(10), to: fc.nat(10) }),
  fc.record({ op: fc.constant('answer' as const), at: fc.nat(10), status: fc.constantFrom<CriterionStatus>('confirmed', 'atRisk', 'no') }),
);

interface World {
  custom: TemplateT[];
  templateId: string;
  /** What the rep answered, by criterion id: the truth the split must keep. */
  answered: Map<string, CriterionStatus>;
}

/** Applies one edit to the settings (and, for `answer`, to the answers); returns the answer written, if any. */
function apply(world: World, e: Edit): { criterionId: string; status: CriterionStatus } | undefined {
  const all = [...BUILT_IN_TEMPLATES, ...world.custom];
  const active = activeTemplate({ templateId: world.templateId, templates: world.custom });
  const isCustom = world.custom.some((t) => t.id === active.id);
  const change = (next: TemplateT) => {
    world.custom = withTemplate(world.custom, next);
  };
  switch (e.op) {
    case 'switch':
      world.templateId = all[e.to % all.length]!.id;
      return undefined;
    case 'copy': {
      const copy = copyTemplate(all[e.from % all.length]!, world.custom);
      world.custom = withTemplate(world.custom, copy);
      world.templateId = copy.id;
      return undefined;
    }
    case 'answer': {
      const c = active.criteria[e.at % active.criteria.length]!;
      world.answered.set(c.id, e.status);
      return { criterionId: c.id, status: e.status };
    }
  }
  if (!isCustom) return undefined;
  const c = active.criteria[('at' in e ? e.at : 0) % active.criteria.length]!;
  if (e.op === 'add') change(addCriterion(active, e.name));
  if (e.op === 'rename') change(editCriterion(active, c.id, { name: e.name }));
  if (e.op === 'remove') change(removeCriterion(active, c.id));
  if (e.op === 'move') change(moveCriterion(active, e.from % active.criteria.length, e.to));
  return undefined;
}

function expectSplitKeepsEverything(world: World, answers: { criterionId: string; status: CriterionStatus }[]) {
  const template = activeTemplate({ templateId: world.templateId, templates: world.custom });
  const { current, notInTemplate } = splitAnswers(template, answers);
  const ids = new Set(template.criteria.map((c) => c.id));
  // Every answer given is in exactly one of the two groups, with what the rep said.
  expect([...current, ...notInTemplate].map((a) => a.criterionId).sort()).toEqual([...world.answered.keys()].sort());
  for (const a of [...current, ...notInTemplate]) expect(a.status).toBe(world.answered.get(a.criterionId));
  for (const a of current) expect(ids.has(a.criterionId)).toBe(true);
  for (const a of notInTemplate) expect(ids.has(a.criterionId)).toBe(false);
  // The current group is in the template's order.
  const order = template.criteria.map((c) => c.id).filter((id) => world.answered.has(id));
  expect(current.map((a) => a.criterionId)).toEqual(order);
  expect(Template.safeParse(template).success).toBe(true);
}

describe('a template switch or edit keeps every answer', () => {
  it('in the model, over random edit sequences', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 40 }), (edits) => {
        const world: World = { custom: [], templateId: DEFAULT_TEMPLATE.id, answered: new Map() };
        for (const e of edits) {
          apply(world, e);
          const answers = [...world.answered].map(([criterionId, status]) => ({ criterionId, status }));
          expectSplitKeepsEverything(world, answers);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('in the database: settings changes never touch a stored answer', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 15 }), async (edits) => {
        const database = freshDb();
        await touchRecord(database, LEAD, 'https://crm.test/record', 1);
        const world: World = { custom: [], templateId: DEFAULT_TEMPLATE.id, answered: new Map() };
        let at = 10;
        for (const e of edits) {
          const answer = apply(world, e);
          if (answer) await patchCriterion(database, LEAD.key, answer.criterionId, { status: answer.status }, at++);
          else {
            await saveTemplates(database, world.custom, at);
            await chooseTemplate(database, world.templateId, at++);
          }
        }
        const settings = await readSettings(database);
        expect(settings.templateId).toBe(world.templateId);
        const stored = await criteriaOf(database, LEAD.key);
        expectSplitKeepsEverything(world, stored);
        database.close();
      }),
      { numRuns: 25 },
    );
  });

  it('a criterion that comes back brings its answer back', () => {
    const custom = copyTemplate(DEFAULT_TEMPLATE, []);
    const without = removeCriterion(custom, 'budget');
    const answers = [{ criterionId: 'budget', status: 'confirmed' }];
    expect(splitAnswers(without, answers).notInTemplate).toEqual(answers);
    const back = addCriterion(without, 'Budget');
    expect(splitAnswers(back, answers).current).toEqual(answers);
  });
});
