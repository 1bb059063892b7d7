import { count, percent } from './format';
import './tables.css';

export interface FlaggedFile {
  file: string;
  rep: string;
  records: number;
  overlap: { name: string; shared: number; share: number };
}

/** Exports that look like another rep's data under another id, held until the lead decides. */
export function DuplicateWarning({ files, busy, onDecide }: { files: readonly FlaggedFile[]; busy: boolean; onDecide(file: string, add: boolean): void }) {
  return (
    <>
      {files.map((f) => (
        <div class="cw-pending" role="alert" key={f.file} data-testid="duplicate-warning">
          <p>
            <strong>{f.file}</strong> ({f.rep}) looks like {f.overlap.name}'s data under another id: {count(f.overlap.shared)} of its {count(f.records)}{' '}
            {f.records === 1 ? 'record' : 'records'} ({percent(f.overlap.share)}) {f.overlap.shared === 1 ? 'is' : 'are'} in {f.overlap.name}'s export too. It
            was not added.
          </p>
          <div class="cw-actions">
            <button type="button" class="cw-button" disabled={busy} onClick={() => onDecide(f.file, true)}>
              Add {f.rep} anyway
            </button>
            <button type="button" class="cw-button" disabled={busy} onClick={() => onDecide(f.file, false)}>
              Don't add it
            </button>
          </div>
        </div>
      ))}
    </>
  );
}
