import { CRITERION_STATUSES, STATUS_LABEL, type CriterionDef, type CriterionFields, type CriterionState, type CriterionStatus } from '../lib/model/checklist';
import { isStale } from '../lib/model/readiness';
import { stakeholderName, type Stakeholder } from '../lib/model/stakeholder';
import { daysBetween } from '../lib/model/time';

export interface CriterionItemProps {
  def: CriterionDef;
  state: CriterionState | undefined;
  stakeholders: readonly Stakeholder[];
  now: number;
  stalenessDays: number;
  onChange(changes: Partial<CriterionFields>, opts?: { debounce?: boolean }): void;
  onVerify(): void;
}

function verifiedText(verifiedAt: number | undefined, now: number): string {
  if (verifiedAt === undefined) return 'Never verified';
  const days = daysBetween(verifiedAt, now);
  return days < 1 ? 'Verified today' : days === 1 ? 'Verified yesterday' : `Verified ${days} days ago`;
}

export function CriterionItem({ def, state, stakeholders, now, stalenessDays, onChange, onVerify }: CriterionItemProps) {
  const status = state?.status ?? 'unknown';
  const stale = isStale(state, now, stalenessDays);
  const id = (part: string) => `cw-${part}-${def.id}`;
  const pointsToRemoved = state?.stakeholderId !== undefined && !stakeholders.some((p) => p.id === state.stakeholderId);
  return (
    <li class="cw-criterion" data-criterion={def.id} data-status={status} data-stale={stale ? 'true' : 'false'}>
      <div class="cw-criterion-head">
        <label for={id('status')} class="cw-criterion-label" title={def.question}>
          {def.label}
        </label>
        {stale ? (
          <span class="cw-stale" data-testid="stale">
            Re-qualify
          </span>
        ) : null}
        <select id={id('status')} class="cw-status" value={status} onChange={(e) => onChange({ status: e.currentTarget.value as CriterionStatus }, { debounce: false })}>
          {CRITERION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </div>
      <p class="cw-question">{def.question}</p>
      <label for={id('evidence')} class="cw-visually-hidden">
        Evidence for {def.label}
      </label>
      <textarea
        id={id('evidence')}
        class="cw-evidence"
        rows={2}
        placeholder="Evidence: who said what, when"
        value={state?.evidence ?? ''}
        onInput={(e) => onChange({ evidence: e.currentTarget.value })}
      />
      <div class="cw-criterion-foot">
        <label for={id('from')} class="cw-visually-hidden">
          {def.label}: heard from
        </label>
        <select
          id={id('from')}
          class="cw-input cw-from"
          value={pointsToRemoved ? '' : (state?.stakeholderId ?? '')}
          onChange={(e) => onChange({ stakeholderId: e.currentTarget.value || undefined }, { debounce: false })}
        >
          <option value="">Heard from: nobody named</option>
          {stakeholders.map((person) => (
            <option key={person.id} value={person.id}>
              Heard from {stakeholderName(person)}
            </option>
          ))}
        </select>
        <span class="cw-meta" data-testid="verified">
          {verifiedText(state?.verifiedAt, now)}
        </span>
        <button type="button" class="cw-link-button" onClick={onVerify} aria-label={`${def.label}: verified again today`}>
          Verified again
        </button>
      </div>
    </li>
  );
}
