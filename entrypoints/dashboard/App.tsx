import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Notice, Progress } from '../../components/dashboard/MyData';
import { MyData } from '../../components/dashboard/MyData';
import { RollUpView } from '../../components/dashboard/RollUpView';
import { Section } from '../../components/dashboard/Section';
import { TeamReps } from '../../components/dashboard/TeamReps';
import type { ClosewardDb } from '../../lib/db/database';
import { importBackup, importRepFiles, type AddResult, type ImportResult } from '../../lib/db/import';
import { readSettings } from '../../lib/db/settings';
import { listReps, loadTeam, readRepIdentity, removeRep, type TeamDb, type TeamRep } from '../../lib/db/team';
import { repLabel, type ReportSource } from '../../lib/model/report';
import { formatDate } from '../../lib/model/time';
import { toCsv } from '../../lib/report/csv';
import { exportCsv, exportJson } from '../../lib/db/export-data';
import { exportFileName } from '../../lib/report/export';
import { rollUp, type RollUp } from '../../lib/report/rollup';
import { applyTheme } from '../../lib/state/theme';
import { download } from './download';

function restored(result: Extract<ImportResult, { ok: true }>): string {
  const t = result.tables;
  const changed = (n: { added: number; updated: number }) => n.added + n.updated;
  return (
    `Merged the backup of ${repLabel(result.rep)} made ${formatDate(result.exportedAt)}: ` +
    `${t.records.added.toLocaleString()} records added, ${t.records.updated.toLocaleString()} updated, ` +
    `${changed(t.criteria).toLocaleString()} criteria, ${changed(t.conversations).toLocaleString()} conversations and ` +
    `${changed(t.followUps).toLocaleString()} follow-ups added or updated.` +
    (result.clockNote ? ` ${result.clockNote}` : '')
  );
}

function added(result: AddResult): Notice {
  if (!result.ok) return { kind: 'error', text: `${result.file}: ${result.problem.message}` };
  const verb = result.replaced ? 'replaced the earlier export of' : 'added';
  return { kind: 'ok', text: `${result.file}: ${verb} ${repLabel({ id: result.rep.repId, name: result.rep.name })}, ${result.rep.records.toLocaleString()} records.` };
}

/** The team report page: the rep's own exports and restore, and the lead's roll-up of reps' exports. */
export function App({ database, team }: { database: ClosewardDb; team: TeamDb }) {
  const [identity, setIdentity] = useState({ id: '', name: '' });
  const [busyMine, setBusyMine] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [mine, setMine] = useState<Notice>(null);
  const [busyTeam, setBusyTeam] = useState(false);
  const [reps, setReps] = useState<TeamRep[]>([]);
  const [teamNotices, setTeamNotices] = useState<Notice[]>([]);
  const [report, setReport] = useState<RollUp | null>(null);
  const [computing, setComputing] = useState<number | null>(null);
  const sources = useRef<ReportSource[]>([]);
  const running = useRef<AbortController | null>(null);

  useEffect(() => {
    void readSettings(database).then((s) => applyTheme(document.documentElement, s.theme));
    void readRepIdentity(database).then(setIdentity);
  }, [database]);

  const refreshTeam = useCallback(async () => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    try {
      setReps(await listReps(team));
      setComputing(0);
      sources.current = await loadTeam(team, { signal: controller.signal });
      const result = await rollUp(sources.current, { signal: controller.signal, onProgress: (done, total) => setComputing(total ? done / total : 1) });
      setReport(sources.current.length ? result : null);
    } catch (error) {
      if (!controller.signal.aborted) setTeamNotices([{ kind: 'error', text: `The roll-up failed: ${(error as Error).message}` }]);
    } finally {
      if (running.current === controller) setComputing(null);
    }
  }, [team]);

  useEffect(() => {
    void refreshTeam();
    return () => running.current?.abort();
  }, [refreshTeam]);

  const exportMine = async (kind: 'csv' | 'json') => {
    setBusyMine(true);
    setMine({ kind: 'ok', text: `Preparing the ${kind.toUpperCase()} file…` });
    try {
      const now = Date.now();
      const text = kind === 'csv' ? await exportCsv(database, now) : await exportJson(database, now);
      const blob = new Blob([text], { type: kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json' });
      const who = await readRepIdentity(database);
      setIdentity(who);
      download(blob, exportFileName(who, now, kind));
      setMine({ kind: 'ok', text: `Saved ${exportFileName(who, now, kind)} (${(blob.size / 1024).toFixed(0)} KB).` });
    } catch (error) {
      setMine({ kind: 'error', text: `The export failed: ${(error as Error).message}` });
    } finally {
      setBusyMine(false);
    }
  };

  const restore = async (file: File) => {
    setBusyMine(true);
    setMine(null);
    setProgress({ done: 0, total: 0, phase: 'checking' });
    try {
      const result = await importBackup(database, file, { chunkSize: 2000, onProgress: (done, total, phase) => setProgress({ done, total, phase }) });
      setMine(result.ok ? { kind: 'ok', text: restored(result) } : { kind: 'error', text: `${file.name}: ${result.message}` });
    } finally {
      setProgress(null);
      setBusyMine(false);
    }
  };

  const addReps = async (files: File[]) => {
    setBusyTeam(true);
    try {
      const results = await importRepFiles(team, files);
      setTeamNotices(results.map(added));
      await refreshTeam();
    } finally {
      setBusyTeam(false);
    }
  };

  return (
    <main class="cw-dashboard">
      <h1>Closeward team report</h1>
      <Section id="mine-title" title="My data">
        <MyData
          repName={identity.name}
          busy={busyMine}
          progress={progress}
          message={mine}
          onExportCsv={() => void exportMine('csv')}
          onExportJson={() => void exportMine('json')}
          onRestore={(file) => void restore(file)}
        />
      </Section>
      <Section id="team-title" title="Team">
        <TeamReps
          reps={reps}
          busy={busyTeam}
          messages={teamNotices}
          onAdd={(files) => void addReps(files)}
          onRemove={(repId) => void removeRep(team, repId).then(refreshTeam)}
          onExportCsv={() => download(new Blob([toCsv(sources.current)], { type: 'text/csv;charset=utf-8' }), exportFileName({ id: 'team', name: 'team' }, Date.now(), 'csv'))}
        />
        {computing !== null && (
          <p role="status" class="cw-hint">
            Rolling up… {Math.round(computing * 100)}%
          </p>
        )}
        {!report && computing === null && <p class="cw-hint">No reps yet: add their JSON exports above to see the roll-up.</p>}
      </Section>
      {report && <RollUpView rollUp={report} />}
    </main>
  );
}
