import { useEffect, useMemo } from 'preact/hooks';
import { DrillDownList } from '../../components/dashboard/DrillDownList';
import { DuplicateWarning } from '../../components/dashboard/DuplicateWarning';
import { MyData } from '../../components/dashboard/MyData';
import { RollUpView } from '../../components/dashboard/RollUpView';
import { Section } from '../../components/dashboard/Section';
import { TeamReps } from '../../components/dashboard/TeamReps';
import { repLabel } from '../../lib/model/report';
import { drillDown } from '../../lib/report/drill';
import type { DashboardStore } from '../../lib/state/dashboard-store';
import { applyTheme } from '../../lib/state/theme';
import { useStore } from '../../lib/state/use-store';

/** The team report page: the rep's own exports and restore, and the lead's roll-up of reps' exports. */
export function App({ store }: { store: DashboardStore }) {
  const state = useStore(store, (s) => s);
  const { actions } = store;

  useEffect(() => {
    void actions.load();
    return () => actions.dispose();
  }, [actions]);
  useEffect(() => applyTheme(document.documentElement, state.theme), [state.theme]);

  const { report, drill, trend } = state;
  const list = useMemo(() => (report && drill ? drillDown(report, drill.drill, { repId: drill.repId }) : null), [report, drill]);
  // The lists behind the numbers open once the roll-up is computed afresh. The same element
  // while the roll-up is unchanged: the progress of a computation draws only its status line.
  const onDrill = state.reportIsKept ? undefined : actions.openDrill;
  const rollUpView = useMemo(() => report && <RollUpView rollUp={report} trend={trend} onDrill={onDrill} />, [report, trend, onDrill]);
  useEffect(() => {
    if (drill) document.getElementById('drill-title')?.focus();
  }, [drill?.drill, drill?.title]);

  return (
    <main class="cw-dashboard">
      <h1>Closeward team report</h1>
      <Section id="mine-title" title="My data">
        <MyData
          repName={state.identity.name}
          busy={state.busyMine}
          progress={state.progress}
          message={state.mine}
          onExportCsv={() => void actions.exportMine('csv')}
          onExportJson={() => void actions.exportMine('json')}
          onRestore={(file) => void actions.restore(file)}
        />
      </Section>
      <Section id="team-title" title="Team">
        <TeamReps
          reps={state.reps}
          busy={state.busyTeam}
          messages={state.teamNotices}
          onAdd={(files) => void actions.addReps(files)}
          onRemove={(repId) => void actions.removeRep(repId)}
          onExportCsv={() => void actions.exportTeamCsv()}
        />
        <DuplicateWarning
          busy={state.busyTeam}
          files={state.pending.map((p) => ({ file: p.file, rep: repLabel(p.data.rep), records: p.data.records.length, overlap: p.overlap }))}
          onDecide={(file, add) => void actions.decide(file, add)}
        />
        {state.computing !== null && (
          <p role="status" class="cw-hint">
            {state.reportIsKept ? 'Showing the last roll-up while it is brought up to date… ' : 'Rolling up… '}
            {Math.round(state.computing * 100)}%
          </p>
        )}
        {!report && state.computing === null && <p class="cw-hint">No reps yet: add their JSON exports above to see the roll-up.</p>}
      </Section>
      {report && drill && list && (
        <DrillDownList
          title={drill.title}
          list={list}
          reps={report.reps}
          repId={drill.repId}
          showCounts={list.total !== list.records}
          onNarrow={actions.narrowDrill}
          onClose={actions.closeDrill}
        />
      )}
      {rollUpView}
    </main>
  );
}
