import { z } from 'zod/mini';
import type { CriterionDef } from './checklist';
import { filled, KEY_MAX, NAME_MAX, SHORT_TEXT_MAX, text } from './limits';

/** One question of a template: what the rep asks themself about a deal. */
export const TemplateCriterion = z.object({
  id: filled(KEY_MAX),
  name: filled(NAME_MAX),
  question: text(SHORT_TEXT_MAX),
});
export type TemplateCriterion = z.infer<typeof TemplateCriterion>;

/** Most criteria a template may hold: a checklist, not a questionnaire. */
export const TEMPLATE_CRITERIA_MAX = 30;

const uniqueIds = (criteria: readonly { id: string }[]) => new Set(criteria.map((c) => c.id)).size === criteria.length;

/**
 * A qualification method: its criteria in the order the card shows them. Answers are kept
 * by criterion id, so a criterion with the same id in two templates shares its answers.
 */
export const Template = z.object({
  id: filled(KEY_MAX),
  name: filled(NAME_MAX),
  criteria: z
    .array(TemplateCriterion)
    .check(z.minLength(1), z.maxLength(TEMPLATE_CRITERIA_MAX), z.refine(uniqueIds, { message: 'two criteria have the same id' })),
});
export type Template = z.infer<typeof Template>;

export const DEFAULT_TEMPLATE_ID = 'default';

/** The default six (PRODUCT.md); the ids are those answers have always been stored under. */
export const DEFAULT_TEMPLATE: Template = {
  id: DEFAULT_TEMPLATE_ID,
  name: 'Closeward default',
  criteria: [
    { id: 'budget', name: 'Budget', question: 'Is budget available for the purchase?' },
    { id: 'coach', name: 'Coach', question: 'Do I have an internal coach to help me navigate?' },
    { id: 'authority', name: 'Authority', question: 'Am I dealing with the person who has the authority to buy?' },
    { id: 'valueFit', name: 'Value fit', question: 'Does our value proposition connect with their needs?' },
    { id: 'timing', name: 'Timing', question: 'Are there time constraints around the decision to buy?' },
    { id: 'competitors', name: 'Competitors', question: 'Who else is on the shortlist, and can we counter?' },
  ],
};

/** Budget, authority and timing ask what the default asks, so they share its answers. */
export const BANT_TEMPLATE: Template = {
  id: 'bant',
  name: 'BANT',
  criteria: [
    { id: 'budget', name: 'Budget', question: 'Is budget available for the purchase?' },
    { id: 'authority', name: 'Authority', question: 'Am I dealing with the person who has the authority to buy?' },
    { id: 'need', name: 'Need', question: 'Do they have a need our product meets?' },
    { id: 'timing', name: 'Timing', question: 'Are there time constraints around the decision to buy?' },
  ],
};

export const MEDDICC_TEMPLATE: Template = {
  id: 'meddicc',
  name: 'MEDDICC',
  criteria: [
    { id: 'metrics', name: 'Metrics', question: 'What measurable gain will they get, in their numbers?' },
    { id: 'economicBuyer', name: 'Economic buyer', question: 'Have I met the person who can spend the money?' },
    { id: 'decisionCriteria', name: 'Decision criteria', question: 'Do I know how they will judge the options?' },
    { id: 'decisionProcess', name: 'Decision process', question: 'Do I know the steps and people between now and a signature?' },
    { id: 'identifyPain', name: 'Identify pain', question: 'What pain makes them act, and what does it cost them?' },
    { id: 'champion', name: 'Champion', question: 'Who inside sells for us when I am not in the room?' },
    { id: 'competition', name: 'Competition', question: 'Who else are they looking at, and why would they pick us?' },
  ],
};

export const SPICED_TEMPLATE: Template = {
  id: 'spiced',
  name: 'SPICED',
  criteria: [
    { id: 'situation', name: 'Situation', question: 'Do I know their current situation: the facts and the setup?' },
    { id: 'pain', name: 'Pain', question: 'What problem do they want solved, in their words?' },
    { id: 'impact', name: 'Impact', question: 'What changes for them, in numbers, when it is solved?' },
    { id: 'criticalEvent', name: 'Critical event', question: 'What date or event forces a decision?' },
    { id: 'decision', name: 'Decision', question: 'Do I know who decides and how?' },
  ],
};

export const BUILT_IN_TEMPLATES: readonly Template[] = [DEFAULT_TEMPLATE, BANT_TEMPLATE, MEDDICC_TEMPLATE, SPICED_TEMPLATE];

export const isBuiltIn = (templateId: string): boolean => BUILT_IN_TEMPLATES.some((t) => t.id === templateId);

/** Every template a rep can choose: built-ins first, then the team's own. */
export function allTemplates(custom: readonly Template[]): Template[] {
  return [...BUILT_IN_TEMPLATES, ...custom.filter((t) => !isBuiltIn(t.id))];
}

/** The template with this id; the default when it is gone (deleted, or from a newer build). */
export function findTemplate(custom: readonly Template[], templateId: string): Template {
  return allTemplates(custom).find((t) => t.id === templateId) ?? DEFAULT_TEMPLATE;
}

/** The active template of a rep's settings. */
export function activeTemplate(settings: { templateId: string; templates: readonly Template[] }): Template {
  return findTemplate(settings.templates, settings.templateId);
}

/** A template's criteria as the checklist and readiness take them. */
export function criterionDefs(template: Template): CriterionDef[] {
  return template.criteria.map((c) => ({ id: c.id, label: c.name, question: c.question }));
}

/**
 * A record's answers split by the active template: `current` in the template's order (a
 * criterion not yet answered is absent), `notInTemplate` the answers to criteria the
 * template does not have, in criterion id order. Nothing is dropped: the two lists hold
 * every answer given.
 */
export function splitAnswers<A extends { criterionId: string }>(template: Template, answers: readonly A[]): { current: A[]; notInTemplate: A[] } {
  const byId = new Map(answers.map((a) => [a.criterionId, a] as const));
  const inTemplate = new Set(template.criteria.map((c) => c.id));
  const current: A[] = [];
  for (const c of template.criteria) {
    const answer = byId.get(c.id);
    if (answer) current.push(answer);
  }
  const notInTemplate = answers.filter((a) => !inTemplate.has(a.criterionId));
  notInTemplate.sort((a, b) => (a.criterionId < b.criterionId ? -1 : a.criterionId > b.criterionId ? 1 : 0));
  return { current, notInTemplate };
}

/**
 * A criterion's name for an answer outside the active template: from the template that has
 * it (the team's own first, then the built-ins), else its id.
 */
export function criterionName(custom: readonly Template[], criterionId: string): string {
  for (const template of [...custom, ...BUILT_IN_TEMPLATES]) {
    const found = template.criteria.find((c) => c.id === criterionId);
    if (found) return found.name;
  }
  return criterionId;
}
