// What applying a team settings file (lib/backup/team-settings.ts) would change in a rep's settings.
import { PRESET_LABEL } from './follow-up';
import type { Settings } from './settings';
import { activeTemplate, BUILT_IN_TEMPLATES, type Template } from './template';

export type TeamSettingsPart = Pick<Settings, 'ladder' | 'stalenessDays' | 'notNowPreset'> & { template: Template };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const names = (items: readonly { name?: string; label?: string }[]) => items.map((i) => i.name ?? i.label).join(', ');

/** One line of the preview: what changes, from what to what. */
export interface SettingChange {
  what: 'Checklist' | 'Ladder' | 'Re-qualify after' | '"Not now" calls back';
  from: string;
  to: string;
  /** What else the rep should know (criteria added or left out, rungs removed). */
  detail?: string | undefined;
}

/** What applying the file would change; an empty list when it changes nothing. */
export function previewTeamSettings(current: Settings, file: TeamSettingsPart): SettingChange[] {
  const changes: SettingChange[] = [];
  const before = activeTemplate(current);
  if (JSON.stringify(before) !== JSON.stringify(file.template)) {
    const ids = new Set(file.template.criteria.map((c) => c.id));
    const had = new Set(before.criteria.map((c) => c.id));
    const added = file.template.criteria.filter((c) => !had.has(c.id));
    const left = before.criteria.filter((c) => !ids.has(c.id));
    const detail = [
      added.length ? `adds ${names(added)}` : '',
      left.length ? `no longer asks ${names(left)} (your answers to ${left.length === 1 ? 'it' : 'them'} are kept)` : '',
    ].filter(Boolean);
    changes.push({
      what: 'Checklist',
      from: `${before.name} (${plural(before.criteria.length, 'criterion', 'criteria')})`,
      to: `${file.template.name} (${plural(file.template.criteria.length, 'criterion', 'criteria')})`,
      detail: detail.length ? detail.join('; ') : 'the same criteria, reworded or reordered',
    });
  }
  if (JSON.stringify(current.ladder) !== JSON.stringify(file.ladder)) {
    const ids = new Set(file.ladder.map((r) => r.id));
    const gone = current.ladder.filter((r) => !ids.has(r.id));
    changes.push({
      what: 'Ladder',
      from: plural(current.ladder.length, 'rung'),
      to: `${plural(file.ladder.length, 'rung')}: ${names(file.ladder)}`,
      detail: gone.length ? `removes ${names(gone)} (records standing there keep their rung)` : undefined,
    });
  }
  if (current.stalenessDays !== file.stalenessDays) {
    changes.push({ what: 'Re-qualify after', from: plural(current.stalenessDays, 'day'), to: plural(file.stalenessDays, 'day') });
  }
  if (current.notNowPreset !== file.notNowPreset) {
    changes.push({ what: '"Not now" calls back', from: PRESET_LABEL[current.notNowPreset], to: PRESET_LABEL[file.notNowPreset] });
  }
  return changes;
}

/** A built-in template exactly as this build ships it, else undefined. */
export function sameBuiltIn(template: Template): Template | undefined {
  const builtIn = BUILT_IN_TEMPLATES.find((t) => t.id === template.id);
  return builtIn && JSON.stringify(builtIn) === JSON.stringify(template) ? builtIn : undefined;
}
