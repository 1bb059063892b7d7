import { displayName, KIND_NAME, type LeadRow } from '../../lib/model/day';
import type { CrmId } from '../../lib/model/record';
import { SPEED_TO_LEAD_MS } from '../../lib/model/speed-to-lead';
import { formatSpan } from '../../lib/model/time';

export interface LeadListProps {
  leads: readonly LeadRow[];
  now: number;
  crmLabel(crm: CrmId): string;
  onOpen(key: string, url: string): void;
}

/** New leads nobody has talked to, with how long each has waited; past an hour, flagged. */
export function LeadList({ leads, now, crmLabel, onOpen }: LeadListProps) {
  return (
    <ul class="cw-list">
      {leads.map((lead) => {
        const waited = Math.max(0, now - lead.firstSeen);
        const flagged = waited > SPEED_TO_LEAD_MS;
        return (
          <li key={lead.key} class="cw-day-row" data-testid="lead-row" data-flagged={flagged ? 'true' : 'false'}>
            <div class="cw-day-head">
              <a
                class="cw-day-name"
                href={lead.url}
                onClick={(e) => {
                  e.preventDefault();
                  onOpen(lead.key, lead.url);
                }}
              >
                {displayName(lead)}
              </a>
              <span class="cw-meta">
                {crmLabel(lead.crm)} · {KIND_NAME[lead.kind]}
              </span>
            </div>
            <p class={flagged ? 'cw-meta cw-flag' : 'cw-meta'}>
              Waiting {formatSpan(waited)} for a first conversation{flagged ? ': past the hour' : ''}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
