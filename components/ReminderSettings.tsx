import { useState } from 'preact/hooks';

export interface ReminderSettingsProps {
  enabled: boolean;
  /** "HH:MM", local time. */
  time: string;
  /**
   * Turn the reminder on at `time`. Called straight from the rep's click, so the browser can ask
   * for the notifications permission; resolves to a message when it stayed off.
   */
  onTurnOn(time: string): Promise<string | undefined>;
  onTurnOff(): Promise<void>;
  onTime(time: string): Promise<string | undefined>;
}

/** The Follow-ups part of the options page: a daily reminder of what is due, off by default. */
export function ReminderSettings({ enabled, time, onTurnOn, onTurnOff, onTime }: ReminderSettingsProps) {
  const [draft, setDraft] = useState(time);
  const [problem, setProblem] = useState<string | undefined>();
  return (
    <div class="cw-reminder">
      <p>
        Every “Not now” becomes a dated follow-up. The number due today shows on the toolbar icon, and the panel lists them on any tab that is not a record.
      </p>
      <label class="cw-check">
        <input
          type="checkbox"
          checked={enabled}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            // The permission request must start inside this event: no await before it.
            const done = on ? onTurnOn(draft) : onTurnOff().then(() => undefined);
            void done.then(setProblem);
          }}
        />{' '}
        Remind me of what is due each day
      </label>
      <label for="cw-reminder-time">At</label>
      <input
        id="cw-reminder-time"
        type="time"
        class="cw-input"
        value={draft}
        onChange={(e) => {
          const next = e.currentTarget.value;
          setDraft(next);
          if (enabled) void onTime(next).then(setProblem);
        }}
      />
      <p class="cw-hint">
        {enabled
          ? 'A notification lists what is due; clicking it opens your day in the panel.'
          : 'Turning this on asks your browser to let Closeward show notifications. Turning it off gives that permission back.'}
      </p>
      {problem ? (
        <p role="alert" class="cw-problem-text">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
