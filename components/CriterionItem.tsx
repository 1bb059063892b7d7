import { useRef } from 'preact/hooks';
import { CRITERION_STATUSES, STATUS_LABEL, type CriterionDef, type CriterionFields, type CriterionState } from '../lib/model/checklist';
import { isStale } from '../lib/model/readiness';
import { stakeholderName, type Stakeholder } from '../lib/model/stakeholder';
import { daysBetween } from '../lib/model/time';
import { STATUS_KEYS_HINT_ID, STATUS_MARK, STATUS_SHORTCUTS, StatusChip, statusForKey } from './StatusChip';

export interface CriterionItemProps {
  def: CriterionDef;
  state: CriterionState | undefined;
  stakeholders: readonly Stakeholder[];
  now: number;
  stalenessDays: number;
  /** Whether the row is expanded to edit; the checklist keeps one open at a time. */
  open: boolean;
  onToggle(open: boolean): void;
  onChange(changes: Partial<CriterionFields>, opts?: { debounce?: boolean }): void;
  onVerify(): void;
}

function verifiedText(verifiedAt: number | undefined, now: number): string {
  if (verifiedAt === undefined) return 'Never verified';
  const days = daysBetween(verifiedAt, now);
  return days < 1 ? 'Verified today' : days === 1 ? 'Verified yesterday' : `Verified ${days} days ago`;
}

/** One criterion on one line (status, name, first words of the evidence); opens in place to edit. */
export function CriterionItem({ def, state, stakeholders, now, stalenessDays, open, onToggle, onChange, onVerify }: CriterionItemProps) {
  const row = useRef<HTMLButtonElement>(null);
  const status = state?.status ?? 'unknown';
  const stale = isStale(state, now, stalenessDays);
  const evidence = state?.evidence.trim() ?? '';
  const id = (part: string) => `cw-${part}-${def.id}`;
  const pointsToRemoved = state?.stakeholderId !== undefined && !stakeholders.some((p) => p.id === state.stakeholderId);
  const setStatus = (next: typeof status) => {
    if (next !== status) onChange({ status: next }, { debounce: false });
  };
  return (
    <li
      class="cw-criterion"
      data-criterion={def.id}
      data-status={status}
      data-stale={stale ? 'true' : 'false'}
      data-open={open ? 'true' : 'false'}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        e.preventDefault();
        e.stopPropagation();
        onToggle(false);
        row.current?.focus();
      }}
    >
      <button
        ref={row}
        type="button"
        id={id('row')}
        class="cw-criterion-row"
        aria-expanded={open}
        aria-controls={open ? id('editor') : undefined}
        aria-describedby={STATUS_KEYS_HINT_ID}
        aria-keyshortcuts={STATUS_SHORTCUTS}
        onClick={() => onToggle(!open)}
        onKeyDown={(e) => {
          if (e.altKey || e.ctrlKey || e.metaKey) return;
          const next = statusForKey(e.key);
          if (!next) return;
          e.preventDefault();
          setStatus(next);
        }}
      >
        {/* In reading order the name comes first ("Budget: Confirmed, …"); the chip shows first. */}
        <span class="cw-criterion-name">
          <span class="cw-criterion-label">{def.label}</span>
          <span class="cw-visually-hidden">: </span>
        </span>
        <StatusChip status={status} />
        <span class="cw-criterion-rest">
          <span class="cw-visually-hidden">, </span>
          <span id={id('summary')} class={evidence ? 'cw-snippet' : 'cw-snippet cw-snippet-empty'}>
            {evidence || def.question}
          </span>
          {stale ? <span class="cw-visually-hidden">, </span> : null}
          {stale ? (
            <span class="cw-stale" data-testid="stale" title={`Not verified for more than ${stalenessDays} days: re-qualify`}>
              Stale
            </span>
          ) : null}
        </span>
      </button>
      {open ? (
        <div id={id('editor')} class="cw-criterion-editor">
          <p class="cw-question">{def.question}</p>
          <div class="cw-segmented" role="radiogroup" aria-label={`${def.label}: status`}>
            {CRITERION_STATUSES.map((s) => (
              <label key={s} class="cw-segment" data-status={s}>
                <input type="radio" name={id('status')} value={s} checked={status === s} onChange={() => setStatus(s)} />
                <span class="cw-chip-mark" aria-hidden="true">
                  {STATUS_MARK[s]}
                </span>
                {STATUS_LABEL[s]}
              </label>
            ))}
          </div>
          <label for={id('evidence')} class="cw-field-label">
            <span class="cw-visually-hidden">{def.label}: </span>Evidence
          </label>
          <textarea
            id={id('evidence')}
            class="cw-input cw-evidence"
            rows={2}
            placeholder="Who said what, when"
            value={state?.evidence ?? ''}
            onInput={(e) => onChange({ evidence: e.currentTarget.value })}
          />
          <div class="cw-criterion-foot">
            <label for={id('from')} class="cw-field-label">
              <span class="cw-visually-hidden">{def.label}: </span>Heard from
            </label>
            <select
              id={id('from')}
              class="cw-select cw-from"
              value={pointsToRemoved ? '' : (state?.stakeholderId ?? '')}
              onChange={(e) => onChange({ stakeholderId: e.currentTarget.value || undefined }, { debounce: false })}
            >
              <option value="">Nobody named</option>
              {stakeholders.map((person) => (
                <option key={person.id} value={person.id}>
                  {stakeholderName(person)}
                </option>
              ))}
            </select>
          </div>
          <div class="cw-criterion-foot">
            <span class="cw-meta" data-testid="verified">
              {verifiedText(state?.verifiedAt, now)}
            </span>
            <button type="button" class="cw-link-button" onClick={onVerify} aria-label={`${def.label}: verified again today`}>
              Verified again today
            </button>
          </div>
        </div>
      ) : null}
    </li>
  );
}
