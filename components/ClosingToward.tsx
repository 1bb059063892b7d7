import { closingToward, nextRung, type Ladder, type Rung } from '../lib/model/ladder';
import { standing } from '../lib/model/ladder-edit';
import type { RecordFields, StoredRecord } from '../lib/model/stored-record';
import { formatDate, fromInput } from '../lib/model/time';

export interface ClosingTowardProps {
  record: StoredRecord;
  ladder: Ladder;
  /** Rungs removed from the ladder: a record standing on one keeps it, marked as gone. */
  retiredRungs?: readonly Rung[];
  now: number;
  onChange(changes: Partial<RecordFields>, opts?: { debounce?: boolean }): void;
}

/** What the rep is closing toward on the next call (rung, purpose, date), and the plan to edit. */
export function ClosingToward({ record, ladder, retiredRungs = [], now, onChange }: ClosingTowardProps) {
  const stands = standing(ladder, record.lastRungId, retiredRungs);
  const next = nextRung(ladder, record.lastRungId);
  const target = fromInput(record.targetDate);
  return (
    <section class="cw-section cw-closing" aria-labelledby="cw-closing-title">
      <h2 id="cw-closing-title" class="cw-visually-hidden">
        Plan for the next call
      </h2>
      <p class="cw-closing-toward" data-testid="closing-toward">
        <span class="cw-closing-label">Closing toward: </span>
        <strong>{closingToward(ladder, record)}</strong>
        {target !== undefined ? <span class="cw-closing-date"> · by {formatDate(target)}</span> : null}
      </p>
      <p class={record.callPurpose.trim() ? 'cw-purpose' : 'cw-purpose cw-meta'} data-testid="call-purpose">
        {record.callPurpose.trim() ? `Purpose of the call: ${record.callPurpose}` : 'No purpose set for the next call yet.'}
      </p>
      <p class="cw-meta cw-rung" data-testid="ladder-position">
        {stands.kind === 'none'
          ? `No rung reached yet (${ladder.length} on the ladder)`
          : stands.kind === 'onLadder'
            ? `Rung ${stands.index + 1} of ${ladder.length} reached: ${stands.rung.label}${record.lastRungAt ? ` on ${formatDate(record.lastRungAt)}` : ''}`
            : `Reached: ${stands.label} (${stands.note})`}
      </p>
      <details class="cw-plan">
        <summary>Edit the plan</summary>
        <div class="cw-grid">
          <label for="cw-next-mc">Next micro-conversion</label>
          <input
            id="cw-next-mc"
            class="cw-input"
            value={record.nextMicroConversion}
            placeholder={next?.label ?? 'Top of the ladder'}
            onInput={(e) => onChange({ nextMicroConversion: e.currentTarget.value })}
          />
          <label for="cw-purpose">Purpose of the next call</label>
          <input
            id="cw-purpose"
            class="cw-input"
            value={record.callPurpose}
            placeholder="By the end of the call, they will…"
            onInput={(e) => onChange({ callPurpose: e.currentTarget.value })}
          />
          <label for="cw-target">Target date</label>
          <input id="cw-target" type="date" class="cw-input" value={record.targetDate} onInput={(e) => onChange({ targetDate: e.currentTarget.value })} />
          <label for="cw-rung">Last rung reached</label>
          <select
            id="cw-rung"
            class="cw-input"
            value={record.lastRungId ?? ''}
            onChange={(e) => {
              const id = e.currentTarget.value;
              onChange(id ? { lastRungId: id, lastRungAt: now } : { lastRungId: undefined, lastRungAt: undefined }, { debounce: false });
            }}
          >
            <option value="">None yet</option>
            {ladder.map((rung, i) => (
              <option key={rung.id} value={rung.id}>
                {i + 1}. {rung.label}
              </option>
            ))}
          </select>
        </div>
      </details>
    </section>
  );
}
