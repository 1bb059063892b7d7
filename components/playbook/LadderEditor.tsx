import { useEffect, useState } from 'preact/hooks';
import type { Ladder } from '../../lib/model/ladder';
import { addRung, LADDER_MAX, moveRung, removeRung, renameRung } from '../../lib/model/ladder-edit';
import { NAME_MAX } from '../../lib/model/limits';
import { OrderedList } from './OrderedList';

export interface LadderEditorProps {
  ladder: Ladder;
  onChange(ladder: Ladder): void;
}

function RungName({ id, label, onCommit }: { id: string; label: string; onCommit(v: string): void }) {
  const [text, setText] = useState(label);
  useEffect(() => setText(label), [label]);
  return (
    <input
      id={`rung-${id}`}
      name="rungName"
      type="text"
      class="cw-input"
      aria-label={`Name of rung ${label}`}
      maxLength={NAME_MAX}
      value={text}
      onInput={(e) => setText(e.currentTarget.value)}
      onChange={(e) => e.currentTarget.value !== label && onCommit(e.currentTarget.value)}
      onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.value !== label && onCommit(e.currentTarget.value)}
    />
  );
}

/**
 * The ladder of commitments, lowest first: add, rename, reorder and remove rungs. A record
 * standing on a removed rung keeps it (its card says the rung is no longer in the ladder).
 */
export function LadderEditor({ ladder, onChange }: LadderEditorProps) {
  const [newRung, setNewRung] = useState('');
  const items = ladder.map((r) => ({ id: r.id, name: r.label }));
  const full = ladder.length >= LADDER_MAX;
  return (
    <div class="cw-playbook" data-testid="ladder-editor">
      <h3 class="cw-field-label">Ladder, first step first</h3>
      <OrderedList
        noun="rung"
        label="Ladder rungs"
        items={items}
        onMove={(from, to) => onChange(moveRung(ladder, from, to))}
        onRemove={(id) => onChange(removeRung(ladder, id))}
        renderFields={(item) => <RungName id={item.id} label={item.name} onCommit={(v) => onChange(renameRung(ladder, item.id, v))} />}
      />
      <form
        class="cw-add-row"
        onSubmit={(e) => {
          e.preventDefault();
          const next = addRung(ladder, newRung);
          if (next === ladder) return;
          onChange(next);
          setNewRung('');
        }}
      >
        <input
          class="cw-input"
          name="newRung"
          aria-label="New rung"
          placeholder="New rung, e.g. Security review"
          maxLength={NAME_MAX}
          value={newRung}
          onInput={(e) => setNewRung(e.currentTarget.value)}
        />
        <button type="submit" class="cw-button" disabled={!newRung.trim() || full}>
          Add rung
        </button>
      </form>
      <p class="cw-hint">
        {full
          ? `A ladder holds at most ${LADDER_MAX} rungs.`
          : 'Renaming a rung keeps the records standing on it. A removed rung stays on its records, marked as no longer in the ladder.'}
      </p>
    </div>
  );
}
