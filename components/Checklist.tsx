import { useRef } from 'preact/hooks';
import { completeness, type CriterionDef, type CriterionFields, type CriterionState } from '../lib/model/checklist';
import type { Stakeholder } from '../lib/model/stakeholder';
import { memo } from './memo';
import { CriterionItem, type CriterionItemProps } from './CriterionItem';

// A row renders again only when its own answer (or the people, or the clock) changed.
const Item = memo(CriterionItem);

type RowHandlers = Pick<CriterionItemProps, 'onChange' | 'onVerify'>;

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
  // One pair of handlers per criterion for the life of the list, calling the latest props.
  const latest = useRef({ onChange, onVerify });
  latest.current = { onChange, onVerify };
  const rows = useRef(new Map<string, RowHandlers>());
  const handlersOf = (id: string): RowHandlers => {
    let handlers = rows.current.get(id);
    if (!handlers) {
      handlers = { onChange: (changes, opts) => latest.current.onChange(id, changes, opts), onVerify: () => latest.current.onVerify(id) };
      rows.current.set(id, handlers);
    }
    return handlers;
  };
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
          <Item key={def.id} def={def} state={states[def.id]} stakeholders={stakeholders} now={now} stalenessDays={stalenessDays} {...handlersOf(def.id)} />
        ))}
      </ol>
    </section>
  );
}
