import type { FollowUp } from '../lib/model/follow-up';
import { formatDate } from '../lib/model/time';

export interface FollowUpsProps {
  followUps: readonly FollowUp[];
  now: number;
  onDone(id: string): void;
}

/** The open follow-ups of this record, soonest first: when to call again, and why. */
export function FollowUps({ followUps, now, onDone }: FollowUpsProps) {
  const open = followUps.filter((f) => f.status === 'open').sort((a, b) => a.dueAt - b.dueAt);
  return (
    <section class="cw-section cw-follow-ups" aria-labelledby="cw-follow-title">
      <h2 id="cw-follow-title" class="cw-section-title">
        Next follow-up
      </h2>
      {open.length ? (
        <ul class="cw-list">
          {open.map((f) => {
            const due = f.dueAt <= now;
            const date = formatDate(f.dueAt);
            return (
              <li key={f.id} class={due ? 'cw-follow cw-flag' : 'cw-follow'} data-testid="follow-up" data-due={due ? 'true' : 'false'}>
                <span class="cw-follow-text">
                  <strong>{due ? `Due since ${date}` : date}</strong>
                  {f.reason ? ` · ${f.reason}` : ''}
                </span>
                <button type="button" class="cw-link-button" onClick={() => onDone(f.id)} aria-label={`Mark the follow-up of ${date} done`}>
                  Done
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="cw-meta">None planned. A “Not now” conversation sets one.</p>
      )}
    </section>
  );
}
