import { useState } from 'preact/hooks';
import { displayName, dueText, KIND_NAME, type DayRow as Row } from '../../lib/model/day';
import type { FollowUpPreset } from '../../lib/model/follow-up';
import type { CrmId } from '../../lib/model/record';
import { RescheduleControl } from './RescheduleControl';

export interface DayRowProps {
  row: Row;
  now: number;
  timeZone: string;
  /** Today as an <input type="date"> value. */
  today: string;
  crmLabel(crm: CrmId): string;
  /** Snooze moves to tomorrow: offered on what is due now, not on what is still ahead. */
  canSnooze: boolean;
  onOpen(key: string, url: string): void;
  onDone(id: string): void;
  onSnooze(id: string): void;
  onReschedule(id: string, preset: FollowUpPreset, date: string): Promise<string | undefined>;
}

/** One follow-up: who, where, the note to future self, what to close toward, why; and what to do with it. */
export function DayRow({ row, now, timeZone, today, crmLabel, canSnooze, onOpen, onDone, onSnooze, onReschedule }: DayRowProps) {
  const [moving, setMoving] = useState(false);
  const { followUp } = row;
  const name = displayName(row);
  const id = `cw-day-${followUp.id}`;
  return (
    <li class="cw-day-row" data-testid="day-row" data-id={followUp.id}>
      <div class="cw-day-head">
        <a
          class="cw-day-name"
          href={row.url}
          onClick={(e) => {
            e.preventDefault();
            onOpen(row.key, row.url);
          }}
        >
          {name}
        </a>
        <span class="cw-meta">
          {crmLabel(row.crm)} · {KIND_NAME[row.kind]}
        </span>
      </div>
      <p class="cw-meta cw-day-due">{dueText(followUp.dueAt, now, timeZone)}</p>
      {followUp.reason ? <p class="cw-day-reason">Why: {followUp.reason}</p> : null}
      <p class="cw-day-toward">Closing toward: {row.closingToward}</p>
      {row.note ? <p class="cw-day-note">{row.note}</p> : null}
      {moving ? (
        <RescheduleControl
          id={id}
          name={name}
          today={today}
          onReschedule={(preset, date) => onReschedule(followUp.id, preset, date)}
          onClose={() => setMoving(false)}
        />
      ) : (
        <div class="cw-day-actions">
          <button type="button" class="cw-button" onClick={() => onDone(followUp.id)} aria-label={`Done: ${name}`}>
            Done
          </button>
          <button type="button" class="cw-button" onClick={() => setMoving(true)} aria-label={`Reschedule: ${name}`}>
            Reschedule
          </button>
          {canSnooze ? (
            <button type="button" class="cw-button" onClick={() => onSnooze(followUp.id)} aria-label={`Snooze to tomorrow: ${name}`}>
              Snooze to tomorrow
            </button>
          ) : null}
        </div>
      )}
    </li>
  );
}
