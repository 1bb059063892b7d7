import { clampText, NAME_MAX, SHORT_TEXT_MAX } from './limits';
import { allTemplates, TEMPLATE_CRITERIA_MAX, type Template, type TemplateCriterion } from './template';

/**
 * An id from a name, in the style of the built-in ids ("Economic buyer" → economicBuyer),
 * made unique among `taken` with a number. A criterion named like one that left keeps its
 * id, so its answers come back.
 */
export function idFromName(name: string, taken: ReadonlySet<string>, fallback = 'item'): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const base =
    words
      .map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1)))
      .join('')
      .slice(0, 60) || fallback;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}${n}`)) return `${base}${n}`;
}

/** Moves the item at `from` to `to` (both clamped to the list); the others keep their order. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  if (from < 0 || from >= items.length) return next;
  const target = Math.max(0, Math.min(items.length - 1, to));
  const [moved] = next.splice(from, 1);
  next.splice(target, 0, moved!);
  return next;
}

/** A new template of the team's own: a copy of `from` under a name not yet taken. */
export function copyTemplate(from: Template, custom: readonly Template[], name = `${from.name} (our copy)`): Template {
  const ids = new Set(allTemplates(custom).map((t) => t.id));
  const names = new Set(allTemplates(custom).map((t) => t.name));
  let unique = clampText(name, NAME_MAX);
  for (let n = 2; names.has(unique); n++) unique = clampText(`${name} ${n}`, NAME_MAX);
  return { id: idFromName(unique, ids, 'template'), name: unique, criteria: from.criteria.map((c) => ({ ...c })) };
}

export function renameTemplate(template: Template, name: string): Template {
  const trimmed = clampText(name.trim(), NAME_MAX);
  return trimmed ? { ...template, name: trimmed } : template;
}

/** Adds a criterion at the end; unchanged when the name is empty or the template is full. */
export function addCriterion(template: Template, name: string, question = ''): Template {
  const trimmed = clampText(name.trim(), NAME_MAX);
  if (!trimmed || template.criteria.length >= TEMPLATE_CRITERIA_MAX) return template;
  const id = idFromName(trimmed, new Set(template.criteria.map((c) => c.id)), 'criterion');
  return { ...template, criteria: [...template.criteria, { id, name: trimmed, question: clampText(question.trim(), SHORT_TEXT_MAX) }] };
}

/** Renames a criterion or rewords its question; the id, and so its answers, stay. */
export function editCriterion(template: Template, criterionId: string, change: Partial<Pick<TemplateCriterion, 'name' | 'question'>>): Template {
  return {
    ...template,
    criteria: template.criteria.map((c) => {
      if (c.id !== criterionId) return c;
      const name = change.name === undefined ? c.name : clampText(change.name.trim(), NAME_MAX) || c.name;
      const question = change.question === undefined ? c.question : clampText(change.question, SHORT_TEXT_MAX);
      return { ...c, name, question };
    }),
  };
}

/** Removes a criterion from the template (never its answers); the last one stays. */
export function removeCriterion(template: Template, criterionId: string): Template {
  if (template.criteria.length <= 1) return template;
  return { ...template, criteria: template.criteria.filter((c) => c.id !== criterionId) };
}

export function moveCriterion(template: Template, from: number, to: number): Template {
  return { ...template, criteria: moveItem(template.criteria, from, to) };
}

/** The team's templates with `template` put in (replacing the one with its id). */
export function withTemplate(custom: readonly Template[], template: Template): Template[] {
  const at = custom.findIndex((t) => t.id === template.id);
  if (at < 0) return [...custom, template];
  const next = [...custom];
  next[at] = template;
  return next;
}
