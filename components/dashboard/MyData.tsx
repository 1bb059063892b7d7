import { useRef } from 'preact/hooks';

export interface Progress {
  done: number;
  total: number;
  phase: 'checking' | 'writing';
}

export type Notice = { kind: 'ok' | 'error'; text: string } | null;

export interface MyDataProps {
  repName: string;
  busy: boolean;
  progress: Progress | null;
  message: Notice;
  onExportCsv(): void;
  onExportJson(): void;
  onRestore(file: File): void;
}

const PHASE: Record<Progress['phase'], string> = { checking: 'Checking the file', writing: 'Merging into your data' };

/** The rep's own data: export it, or restore (merge) a backup. */
export function MyData({ repName, busy, progress, message, onExportCsv, onExportJson, onRestore }: MyDataProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <p class="cw-hint">
        Exports are named for <strong>{repName || 'you (no name set)'}</strong>. <a href="/options.html">Set your name in the options</a>.
      </p>
      <div class="cw-actions">
        <button type="button" class="cw-button" disabled={busy} onClick={onExportCsv}>
          Export my data as CSV
        </button>
        <button type="button" class="cw-button" disabled={busy} onClick={onExportJson}>
          Export my data as JSON
        </button>
      </div>
      <div class="cw-field">
        <label for="restore-file">Restore / merge a backup (a Closeward JSON export)</label>
        <input
          ref={input}
          id="restore-file"
          type="file"
          accept=".json,application/json"
          disabled={busy}
          aria-describedby="restore-hint"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) onRestore(file);
            e.currentTarget.value = '';
          }}
        />
        <p id="restore-hint" class="cw-hint">
          Nothing is replaced wholesale: for every field the newer edit wins, so an old backup never undoes newer work. A file with an error changes nothing.
        </p>
      </div>
      {progress && (
        <div class="cw-progress">
          <label for="restore-progress">
            {PHASE[progress.phase]}: {progress.done.toLocaleString()} of {progress.total.toLocaleString()} rows
          </label>
          <progress id="restore-progress" max={progress.total || 1} value={progress.done} />
        </div>
      )}
      <p role={message?.kind === 'error' ? 'alert' : 'status'} class={message?.kind === 'error' ? 'cw-error' : 'cw-ok'}>
        {message?.text ?? ''}
      </p>
    </>
  );
}
