import { completeness, type CriterionDef, type CriterionFields, type CriterionState } from '../lib/model/checklist';
import type { Stakeholder } from '../lib/model/stakeholder';
import { CriterionItem } from './CriterionItem';

export interface ChecklistProps {
  defs: readonly CriterionDef[];
  states: Record<string, CriterionState | undefined>;
  stakeholders: readonly Stakeholder[];
  now: number;
  stalenessDays: number;
  onChange(criterionId: string, changes: Partial<CriterionFields>, opts?: { debounce?: boolean }): void;
  onVerify(criterionId: string): void;
}

/** The qualification checklist: one row per criterion and the derived completeness. */
export function Checklist({ defs, states, stakeholders, now, stalenessDays, onChange, onVerify }: ChecklistProps) {
  const counts = completeness(defs, states);
  return (
    <section class="cw-section" aria-labelledby="cw-checklist-title">
      <header class="cw-section-head">
        <h2 id="cw-checklist-title">Qualification</h2>
        <span class="cw-completeness" data-testid="completeness" aria-label={`${counts.confirmed} of ${counts.total} confirmed`}>
          {counts.confirmed} of {counts.total}
        </span>
      </header>
      <ol class="cw-criteria">
        {defs.map((def) => (
          <CriterionItem
            key={def.id}
            def={def}
            state={states[def.id]}
            stakeholders={stakeholders}
            now={now}
            stalenessDays={stalenessDays}
            onChange={(changes, opts) => onChange(def.id, changes, opts)}
            onVerify={() => onVerify(def.id)}
          />
        ))}
      </ol>
    </section>
  );
}
