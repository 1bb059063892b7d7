import { useState } from 'preact/hooks';

export interface BackupFileSettingProps {
  enabled: boolean;
  /** Called straight from the rep's click, so the browser can ask for the downloads permission; resolves to whether it is on. */
  onTurnOn(): Promise<boolean>;
  onTurnOff(): Promise<void>;
}

/** Where the daily automatic copy goes: always this browser's own storage, and a file if the rep wants one. */
export function BackupFileSetting({ enabled, onTurnOn, onTurnOff }: BackupFileSettingProps) {
  const [problem, setProblem] = useState<string | undefined>();
  return (
    <div class="cw-backup-file">
      <p>
        Once a day Closeward keeps a copy of your data inside this browser, outside its database, so it can bring your records back if the browser ever loses
        them. It can also save that copy as a file you keep.
      </p>
      <label class="cw-check">
        <input
          type="checkbox"
          checked={enabled}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            setProblem(undefined);
            if (on)
              void onTurnOn().then(
                (granted) => granted || setProblem('The browser did not allow downloads, so no file is saved. Your copy inside the browser is still made.'),
              );
            else void onTurnOff();
          }}
        />{' '}
        Also save a backup file to my Downloads folder once a day (Closeward/closeward-backup-date.json)
      </label>
      {problem ? (
        <p role="alert" class="cw-error">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
