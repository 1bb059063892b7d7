import { useState } from 'preact/hooks';
import { FOLLOW_UP_PRESETS, PRESET_LABEL, type FollowUpPreset } from '../../lib/model/follow-up';

export interface RescheduleControlProps {
  /** Used for the fields' ids. */
  id: string;
  /** The record's name, for labels read out of context. */
  name: string;
  /** Today as an <input type="date"> value: the earliest day that can be picked. */
  today: string;
  /** Resolves to what is wrong with the date, or undefined once moved. */
  onReschedule(preset: FollowUpPreset, date: string): Promise<string | undefined>;
  onClose(): void;
}

/** The conversation log's presets (2 weeks, a month, a quarter, 6 months, a date), counted from today. */
export function RescheduleControl({ id, name, today, onReschedule, onClose }: RescheduleControlProps) {
  const [preset, setPreset] = useState<FollowUpPreset>('twoWeeks');
  const [date, setDate] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const submit = async () => {
    const found = await onReschedule(preset, date);
    setProblem(found);
    if (!found) onClose();
  };
  return (
    <form
      class="cw-day-reschedule"
      aria-label={`Reschedule the follow-up with ${name}`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label for={`${id}-preset`}>Follow up</label>
      <select id={`${id}-preset`} class="cw-input" value={preset} onChange={(e) => setPreset(e.currentTarget.value as FollowUpPreset)}>
        {FOLLOW_UP_PRESETS.map((p) => (
          <option key={p} value={p}>
            {PRESET_LABEL[p]}
          </option>
        ))}
      </select>
      {preset === 'date' ? (
        <>
          <label for={`${id}-date`}>On</label>
          <input id={`${id}-date`} type="date" class="cw-input" min={today} value={date} onInput={(e) => setDate(e.currentTarget.value)} />
        </>
      ) : null}
      {problem ? (
        <p role="alert" class="cw-problem-text">
          {problem}
        </p>
      ) : null}
      <div class="cw-day-actions">
        <button type="submit" class="cw-button cw-primary">
          Move
        </button>
        <button type="button" class="cw-button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
