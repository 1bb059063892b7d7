import type { Visit } from '../lib/model/visit';
import { KIND_LABEL } from './SidebarHeader';
import { crmLabel } from './crm-label';

export interface RecentRecordsProps {
  visits: readonly Visit[];
  onOpen(key: string, url: string): void;
}

/** The records the rep opened last; a click brings the tab showing one forward, or opens it. */
export function RecentRecords({ visits, onOpen }: RecentRecordsProps) {
  if (!visits.length) return null;
  return (
    <section class="cw-section cw-recent" aria-labelledby="cw-recent-title">
      <h2 id="cw-recent-title" class="cw-section-title">
        Opened recently
      </h2>
      <ul class="cw-recent-list" data-testid="recent-records">
        {visits.map((visit) => (
          <li key={visit.key}>
            <button type="button" class="cw-recent-item" data-record-key={visit.key} onClick={() => onOpen(visit.key, visit.url)}>
              <span class="cw-recent-name">{visit.name ?? `${KIND_LABEL[visit.kind]} ${visit.recordId}`}</span>
              <span class="cw-recent-meta">
                {KIND_LABEL[visit.kind]} · {crmLabel(visit.crm)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
