import { useRef, useState } from 'preact/hooks';
import type { CriterionDef, CriterionFields, CriterionState } from '../lib/model/checklist';
import type { Stakeholder } from '../lib/model/stakeholder';
import { memo } from './memo';
import { CriterionItem, type CriterionItemProps } from './CriterionItem';
import { STATUS_KEYS_HINT_ID } from './StatusChip';

// A row renders again only when its own answer, its open state, the people or the clock changed.
const Item = memo(CriterionItem);

type RowHandlers = Pick<CriterionItemProps, 'onChange' | 'onVerify' | 'onToggle'>;

export interface ChecklistProps {
  /** The criteria of the record's template, in order. */
  defs: readonly CriterionDef[];
  states: Record<string, CriterionState | undefined>;
  stakeholders: readonly Stakeholder[];
  now: number;
  stalenessDays: number;
  /** The record shown: an open row closes when it changes. */
  recordKey?: string;
  onChange(criterionId: string, changes: Partial<CriterionFields>, opts?: { debounce?: boolean }): void;
  onVerify(criterionId: string): void;
}

/** The qualification checklist: one line per criterion, one opened at a time to edit. */
export function Checklist({ defs, states, stakeholders, now, stalenessDays, recordKey = '', onChange, onVerify }: ChecklistProps) {
  const [opened, setOpened] = useState<{ recordKey: string; id: string } | undefined>();
  const openId = opened?.recordKey === recordKey ? opened.id : undefined;
  // One set of handlers per criterion for the life of the list, calling the latest props.
  const latest = useRef({ onChange, onVerify, recordKey });
  latest.current = { onChange, onVerify, recordKey };
  const rows = useRef(new Map<string, RowHandlers>());
  const handlersOf = (id: string): RowHandlers => {
    let handlers = rows.current.get(id);
    if (!handlers) {
      handlers = {
        onChange: (changes, opts) => latest.current.onChange(id, changes, opts),
        onVerify: () => latest.current.onVerify(id),
        onToggle: (open) => setOpened((current) => (open ? { recordKey: latest.current.recordKey, id } : current?.id === id ? undefined : current)),
      };
      rows.current.set(id, handlers);
    }
    return handlers;
  };
  return (
    <section class="cw-section cw-checklist" aria-labelledby="cw-checklist-title">
      <h2 id="cw-checklist-title" class="cw-visually-hidden">
        Criteria
      </h2>
      <p id={STATUS_KEYS_HINT_ID} class="cw-visually-hidden">
        Enter opens the criterion to edit, Escape closes it. U, C, R or N, or 1 to 4, set it to Unknown, Confirmed, At risk or No.
      </p>
      <ol class="cw-criteria">
        {defs.map((def) => (
          <Item
            key={def.id}
            def={def}
            state={states[def.id]}
            stakeholders={stakeholders}
            now={now}
            stalenessDays={stalenessDays}
            open={openId === def.id}
            {...handlersOf(def.id)}
          />
        ))}
      </ol>
    </section>
  );
}
