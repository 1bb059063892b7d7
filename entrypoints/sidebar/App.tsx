import { Checklist } from '../../components/Checklist';
import { SidebarHeader } from '../../components/SidebarHeader';
import { DEFAULT_CRITERIA } from '../../lib/model/checklist';
import type { SidebarStore } from '../../lib/state/sidebar-store';
import { useStore } from '../../lib/state/use-store';

export interface AppProps {
  store: SidebarStore;
  collapsed: boolean;
  onCollapsedChange(collapsed: boolean): void;
}

export function App({ store, collapsed, onCollapsedChange }: AppProps) {
  const state = useStore(store, (s) => s);
  if (collapsed) {
    return (
      <button type="button" class="cw-handle" aria-expanded="false" aria-label="Open the Closeward sidebar" onClick={() => onCollapsedChange(false)}>
        <span aria-hidden="true">‹</span>
        <span class="cw-handle-text">Closeward</span>
      </button>
    );
  }
  return (
    <main
      class="cw-sidebar"
      data-record-key={state.page?.key ?? ''}
      data-loaded={state.loaded ? 'true' : 'false'}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCollapsedChange(true);
      }}
    >
      <SidebarHeader page={state.page} record={state.record} saving={state.saving} saveError={state.saveError} onCollapse={() => onCollapsedChange(true)} />
      {state.page && state.loaded ? (
        <Checklist defs={DEFAULT_CRITERIA} states={state.criteria} onChange={store.actions.editCriterion} />
      ) : null}
    </main>
  );
}
