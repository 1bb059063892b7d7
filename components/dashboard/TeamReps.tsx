import type { Notice } from './MyData';
import './tables.css';
import { count } from './format';
import { TableScroll } from './Section';

export interface TeamRepRow {
  repId: string;
  name: string;
  exportedAt: number;
  records: number;
}

export interface TeamRepsProps {
  reps: readonly TeamRepRow[];
  busy: boolean;
  /** One line per file added or refused. */
  messages: readonly Notice[];
  onAdd(files: File[]): void;
  onRemove(repId: string): void;
  onExportCsv(): void;
}

/** The reps whose exports the lead added: add more, re-add (replaces), remove. */
export function TeamReps({ reps, busy, messages, onAdd, onRemove, onExportCsv }: TeamRepsProps) {
  return (
    <>
      <div class="cw-field">
        <label for="team-files">Add reps' exports (Closeward JSON files; several at once)</label>
        <input
          id="team-files"
          type="file"
          accept=".json,application/json"
          multiple
          disabled={busy}
          aria-describedby="team-hint"
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            if (files.length) onAdd(files);
            e.currentTarget.value = '';
          }}
        />
        <p id="team-hint" class="cw-hint">
          Kept apart from your own records. A newer export of the same rep replaces the older one.
        </p>
      </div>
      {messages.length > 0 && (
        <ul class="cw-messages" role="status">
          {messages.map(
            (m, i) =>
              m && (
                <li key={i} class={m.kind === 'error' ? 'cw-error' : 'cw-ok'}>
                  {m.text}
                </li>
              ),
          )}
        </ul>
      )}
      {reps.length > 0 && (
        <>
          <TableScroll label="Reps in the report">
            <table class="cw-fit">
              <caption>Reps in the report</caption>
              <thead>
                <tr>
                  <th scope="col">Rep</th>
                  <th scope="col">Records</th>
                  <th scope="col">Exported</th>
                  <th scope="col">
                    <span class="cw-visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {reps.map((rep) => (
                  <tr key={rep.repId}>
                    <th scope="row">{rep.name || `Rep ${rep.repId.slice(0, 8)}`}</th>
                    <td>{count(rep.records)}</td>
                    <td>{new Date(rep.exportedAt).toLocaleString()}</td>
                    <td>
                      <button
                        type="button"
                        class="cw-link-button"
                        disabled={busy}
                        onClick={() => onRemove(rep.repId)}
                        aria-label={`Remove ${rep.name || rep.repId}`}
                      >
                        Remove
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <div class="cw-actions">
            <button type="button" class="cw-button" disabled={busy} onClick={onExportCsv}>
              Download the team as CSV
            </button>
          </div>
        </>
      )}
    </>
  );
}
