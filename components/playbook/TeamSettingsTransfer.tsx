import { useState } from 'preact/hooks';
import type { SettingChange } from '../../lib/model/team-settings';

export type PreviewResult = { ok: true; changes: SettingChange[] } | { ok: false; message: string };

export interface TeamSettingsTransferProps {
  onExport(): Promise<void>;
  /** Checks a file and says what it would change; writes nothing. */
  onPreview(text: string): Promise<PreviewResult>;
  onApply(text: string): Promise<{ ok: true } | { ok: false; message: string }>;
}

type Stage =
  { kind: 'idle'; message?: { error: boolean; text: string } | undefined } | { kind: 'preview'; file: string; text: string; changes: SettingChange[] };

/**
 * Hands the playbook to the team: a lead saves it as one file, a rep opens it here, sees
 * what would change, and applies it (or not).
 */
export function TeamSettingsTransfer({ onExport, onPreview, onApply }: TeamSettingsTransferProps) {
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="cw-playbook" data-testid="team-settings">
      <h3 class="cw-field-label">Share with your team</h3>
      <p class="cw-hint">One file with the checklist, the ladder, when to re-qualify and when "not now" calls back. Nothing of your records is in it.</p>
      <div class="cw-actions">
        <button type="button" class="cw-button" disabled={busy} onClick={() => void run(onExport)}>
          Save team settings file
        </button>
        <label class="cw-button cw-file-button">
          Open a team settings file…
          <input
            type="file"
            class="cw-visually-hidden"
            accept=".json,application/json"
            disabled={busy}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (!file) return;
              void run(async () => {
                const text = await file.text();
                const preview = await onPreview(text);
                if (!preview.ok) setStage({ kind: 'idle', message: { error: true, text: `${file.name}: ${preview.message}` } });
                else if (!preview.changes.length)
                  setStage({ kind: 'idle', message: { error: false, text: `${file.name}: your settings are the same already; nothing to change.` } });
                else setStage({ kind: 'preview', file: file.name, text, changes: preview.changes });
              });
            }}
          />
        </label>
      </div>
      {stage.kind === 'idle' && stage.message && (
        <p role={stage.message.error ? 'alert' : 'status'} class={stage.message.error ? 'cw-error' : 'cw-ok'}>
          {stage.message.text}
        </p>
      )}
      {stage.kind === 'preview' && (
        <section class="cw-preview" aria-labelledby="team-settings-preview">
          <h4 id="team-settings-preview">
            {stage.file} would change {stage.changes.length === 1 ? 'one setting' : `${stage.changes.length} settings`}
          </h4>
          <ul>
            {stage.changes.map((c) => (
              <li key={c.what}>
                <strong>{c.what}</strong>: {c.from} → {c.to}
                {c.detail && <span class="cw-hint"> — {c.detail}</span>}
              </li>
            ))}
          </ul>
          <div class="cw-actions">
            <button
              type="button"
              class="cw-button cw-primary"
              disabled={busy}
              onClick={() =>
                void run(async () => {
                  const result = await onApply(stage.text);
                  setStage({ kind: 'idle', message: result.ok ? { error: false, text: `Applied ${stage.file}.` } : { error: true, text: result.message } });
                })
              }
            >
              Apply these changes
            </button>
            <button
              type="button"
              class="cw-button"
              disabled={busy}
              onClick={() => setStage({ kind: 'idle', message: { error: false, text: 'Nothing was changed.' } })}
            >
              Cancel
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
