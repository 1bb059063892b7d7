import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';

export interface OrderedItem {
  id: string;
  name: string;
}

export interface OrderedListProps<T extends OrderedItem> {
  /** Names the list and each row's controls, e.g. "criterion" or "rung". */
  noun: string;
  label: string;
  items: readonly T[];
  onMove(from: number, to: number): void;
  onRemove(id: string): void;
  /** The editable fields of one row. */
  renderFields(item: T, index: number): ComponentChildren;
  /** The last item cannot go (a template or ladder needs one). */
  minItems?: number;
}

/**
 * A list the user reorders by keyboard (Alt+Arrow Up/Down anywhere in a row, or the move
 * buttons) and by pointer (drag a row by its handle, or the buttons). Each move is
 * announced: "Champion moved to position 2 of 7".
 */
export function OrderedList<T extends OrderedItem>({ noun, label, items, onMove, onRemove, renderFields, minItems = 1 }: OrderedListProps<T>) {
  const [announcement, setAnnouncement] = useState('');
  const dragged = useRef<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const list = useRef<HTMLOListElement>(null);

  const move = (from: number, to: number, refocus?: string) => {
    if (to < 0 || to >= items.length || from === to) return;
    onMove(from, to);
    setAnnouncement(`${items[from]!.name} moved to position ${to + 1} of ${items.length}.`);
    if (refocus) queueMicrotask(() => list.current?.querySelector<HTMLElement>(`[data-id="${CSS.escape(items[from]!.id)}"] ${refocus}`)?.focus());
  };

  return (
    <>
      <ol class="cw-ordered" aria-label={label} ref={list}>
        {items.map((item, i) => (
          <li
            key={item.id}
            data-id={item.id}
            class={over === i ? 'cw-ordered-item cw-drop-target' : 'cw-ordered-item'}
            onKeyDown={(e) => {
              if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
              e.preventDefault();
              const target = e.target as HTMLElement;
              const field = target.getAttribute('name');
              move(i, e.key === 'ArrowUp' ? i - 1 : i + 1, field ? `[name="${field}"]` : undefined);
            }}
            onDragOver={(e) => {
              if (dragged.current === null) return;
              e.preventDefault();
              setOver(i);
            }}
            onDragLeave={() => setOver(null)}
            onDrop={(e) => {
              e.preventDefault();
              const from = dragged.current;
              dragged.current = null;
              setOver(null);
              if (from !== null) move(from, i);
            }}
          >
            <span
              class="cw-drag-handle"
              draggable
              title={`Drag to reorder ${item.name}`}
              aria-hidden="true"
              onDragStart={(e) => {
                dragged.current = i;
                e.dataTransfer?.setData('text/plain', item.id);
              }}
              onDragEnd={() => {
                dragged.current = null;
                setOver(null);
              }}
            >
              ⋮⋮
            </span>
            <span class="cw-ordered-position" aria-hidden="true">
              {i + 1}.
            </span>
            <div class="cw-ordered-fields">{renderFields(item, i)}</div>
            <span class="cw-ordered-actions">
              <button
                type="button"
                class="cw-icon-button cw-move-up"
                aria-label={`Move ${item.name} up`}
                disabled={i === 0}
                onClick={() => move(i, i - 1, '.cw-move-up')}
              >
                ↑
              </button>
              <button
                type="button"
                class="cw-icon-button cw-move-down"
                aria-label={`Move ${item.name} down`}
                disabled={i === items.length - 1}
                onClick={() => move(i, i + 1, '.cw-move-down')}
              >
                ↓
              </button>
              <button
                type="button"
                class="cw-link-button"
                aria-label={`Remove ${noun} ${item.name}`}
                disabled={items.length <= minItems}
                onClick={() => {
                  onRemove(item.id);
                  setAnnouncement(`${item.name} removed.`);
                }}
              >
                Remove
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p class="cw-visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
