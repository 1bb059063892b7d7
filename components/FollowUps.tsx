import type { FollowUp } from '../lib/model/follow-up';
import { formatDate } from '../lib/model/time';

export interface FollowUpsProps {
  followUps: readonly FollowUp[];
  now: number;
  onDone(id: string): void;
}

/** The open follow-ups of this record: when to call again, and why. */
export function FollowUps({ followUps, now, onDone }: FollowUpsProps) {
  const open = followUps.filter((f) => f.status === 'open');
  if (!open.length) return null;
  return (
    <section class="cw-section" aria-labelledby="cw-follow-title">
      <h2 id="cw-follow-title" class="cw-section-title">
        Follow-up
      </h2>
      <ul class="cw-list">
        {open.map((f) => (
          <li key={f.id} class={f.dueAt <= now ? 'cw-follow cw-flag' : 'cw-follow'} data-testid="follow-up" data-due={f.dueAt <= now ? 'true' : 'false'}>
            <span>
              {f.dueAt <= now ? 'Due since' : 'Call again on'} {formatDate(f.dueAt)}
              {f.reason ? `: ${f.reason}` : ''}
            </span>
            <button type="button" class="cw-link-button" onClick={() => onDone(f.id)}>
              Done
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
