import { watchBadge } from '../../lib/background/badge';
import { connectPanel } from '../../lib/state/panel-live';

/** The panel's live stores (loaded after its first render: they carry Dexie) and the badge. */
export function connect() {
  const live = connectPanel();
  // Follow-ups are written here: the badge follows at once, whether or not the background is awake.
  watchBadge(live.database);
  return live;
}
