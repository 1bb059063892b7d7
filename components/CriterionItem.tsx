import { CRITERION_STATUSES, STATUS_LABEL, type CriterionDef, type CriterionFields, type CriterionState, type CriterionStatus } from '../lib/model/checklist';

export interface CriterionItemProps {
  def: CriterionDef;
  state: CriterionState | undefined;
  onChange(changes: Partial<CriterionFields>, opts?: { debounce?: boolean }): void;
}

export function CriterionItem({ def, state, onChange }: CriterionItemProps) {
  const status = state?.status ?? 'unknown';
  const statusId = `cw-status-${def.id}`;
  const evidenceId = `cw-evidence-${def.id}`;
  return (
    <li class="cw-criterion" data-criterion={def.id} data-status={status}>
      <div class="cw-criterion-head">
        <label for={statusId} class="cw-criterion-label" title={def.question}>
          {def.label}
        </label>
        <select
          id={statusId}
          class="cw-status"
          value={status}
          onChange={(e) => onChange({ status: e.currentTarget.value as CriterionStatus }, { debounce: false })}
        >
          {CRITERION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </div>
      <p class="cw-question">{def.question}</p>
      <label for={evidenceId} class="cw-visually-hidden">
        Evidence for {def.label}
      </label>
      <textarea
        id={evidenceId}
        class="cw-evidence"
        rows={2}
        placeholder="Evidence: who said what, when"
        value={state?.evidence ?? ''}
        onInput={(e) => onChange({ evidence: e.currentTarget.value })}
      />
    </li>
  );
}
