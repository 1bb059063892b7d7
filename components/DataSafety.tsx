import { countUpToCap, RECORD } from '../lib/model/day';

export interface DataSafetyProps {
  lost: { expected: number; backupAt: number | undefined } | undefined;
  message: string | undefined;
  busy: boolean;
  onRestore(): void;
  onStartAfresh(): void;
}

/** Said plainly when the browser threw the database away: what happened, and the way back. */
export function DataSafety({ lost, message, busy, onRestore, onStartAfresh }: DataSafetyProps) {
  if (!lost)
    return message ? (
      <p class="cw-notice" role="status">
        {message}
      </p>
    ) : null;
  const copy = lost.backupAt === undefined ? undefined : new Date(lost.backupAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section class="cw-notice cw-notice-alert" role="alert" data-testid="database-lost">
      <h2 class="cw-notice-title">Your Closeward data is gone from this browser</h2>
      <p>
        The browser discarded Closeward's database (this can happen after the disk was full). It held {countUpToCap(lost.expected, RECORD)}.
        {copy
          ? ` An automatic copy from ${copy} can bring them back.`
          : ' There is no automatic copy; restore a backup file from the team report page if you have one.'}
      </p>
      {message ? <p>{message}</p> : null}
      <p class="cw-notice-actions">
        {copy ? (
          <button type="button" class="cw-button cw-button-primary" disabled={busy} onClick={onRestore}>
            {busy ? 'Restoring…' : `Restore the copy from ${copy}`}
          </button>
        ) : null}
        <button type="button" class="cw-button" disabled={busy} onClick={onStartAfresh}>
          Start afresh
        </button>
      </p>
    </section>
  );
}
