import { z } from 'zod/mini';
import { CriterionState } from '../model/checklist';
import type { Envelope } from './format';
import { KEY_MAX, text } from '../model/limits';
import { allTemplates, DEFAULT_TEMPLATE_ID, findTemplate, type Template } from '../model/template';

/**
 * One answer in an export (version 2 on): the stored answer and the template it belongs to,
 * so a team report counts each template's criteria apart. Absent when no template the rep
 * knows has the criterion.
 */
export const ExportedAnswer = z.extend(CriterionState, { templateId: z.optional(text(KEY_MAX)) });
export type ExportedAnswer = z.infer<typeof ExportedAnswer>;

/**
 * Which template each criterion's answers belong to: the active template's criteria to it;
 * any other to the first template that has it (the team's own first, then the built-ins).
 */
export function answerTemplates(settings: { templateId: string; templates: readonly Template[] }): Map<string, string> {
  const owner = new Map<string, string>();
  const active = findTemplate(settings.templates, settings.templateId);
  const order = [active, ...settings.templates, ...allTemplates([])];
  for (const template of order) for (const c of template.criteria) if (!owner.has(c.id)) owner.set(c.id, template.id);
  return owner;
}

/** Answers with the template each belongs to, for an export. */
export function withTemplateIds<A extends { criterionId: string }>(answers: readonly A[], owner: ReadonlyMap<string, string>): (A & { templateId?: string })[] {
  return answers.map((a) => {
    const templateId = owner.get(a.criterionId);
    return templateId === undefined ? a : { ...a, templateId };
  });
}

/**
 * Version 1 → 2: version 1 had one template, the default, so an answer to one of its
 * criteria belongs to it; any other answer names no template.
 */
export function upgradeV1toV2(old: Envelope): Envelope {
  const owner = answerTemplates({ templateId: DEFAULT_TEMPLATE_ID, templates: [] });
  const defaultOnly = new Map([...owner].filter(([, templateId]) => templateId === DEFAULT_TEMPLATE_ID));
  const criteria = Array.isArray(old.criteria)
    ? old.criteria.map((row: unknown) =>
        typeof row === 'object' && row !== null && typeof (row as { criterionId?: unknown }).criterionId === 'string'
          ? withTemplateIds([row as { criterionId: string }], defaultOnly)[0]
          : row,
      )
    : old.criteria;
  return { ...old, version: 2, criteria };
}
