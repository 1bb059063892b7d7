import { useEffect, useRef, useState } from 'preact/hooks';
import type { SearchHit } from '../../lib/model/search';
import { displayName, KIND_NAME } from '../../lib/model/day';
import type { CrmId } from '../../lib/model/record';

export interface RecordSearchProps {
  query: string;
  hits: readonly SearchHit[];
  /** Older records are still being read. */
  searching: boolean;
  crmLabel(crm: CrmId): string;
  onQuery(query: string): void;
  onOpen(key: string, url: string): void;
}

/** Whether a key press belongs to a field the rep is typing in. */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Find a record the rep has opened: `/` focuses, arrows move, Enter opens, Escape clears. */
export function RecordSearch({ query, hits, searching, crmLabel, onQuery, onOpen }: RecordSearchProps) {
  const input = useRef<HTMLInputElement>(null);
  const [active, setActive] = useState(0);
  useEffect(() => setActive(0), [query]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      e.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const open = (hit: SearchHit | undefined) => hit && onOpen(hit.key, hit.url);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && hits.length) setActive((i) => Math.min(i + 1, hits.length - 1));
    else if (e.key === 'ArrowUp' && hits.length) setActive((i) => Math.max(i - 1, 0));
    else if (e.key === 'Enter') open(hits[active]);
    else if (e.key === 'Escape' && query) onQuery('');
    else return;
    e.preventDefault();
  };
  const shown = query.trim() !== '';
  const optionId = (i: number) => `cw-search-hit-${i}`;
  return (
    <div class="cw-day-search" role="search">
      <label for="cw-search" class="cw-visually-hidden">
        Find a record
      </label>
      <input
        ref={input}
        id="cw-search"
        type="search"
        class="cw-input"
        placeholder="Find a record (press /)"
        autocomplete="off"
        role="combobox"
        list={undefined}
        aria-expanded={shown && hits.length > 0}
        aria-controls="cw-search-hits"
        aria-activedescendant={shown && hits[active] ? optionId(active) : undefined}
        value={query}
        onInput={(e) => onQuery(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      {shown ? (
        hits.length ? (
          <ul id="cw-search-hits" role="listbox" class="cw-list cw-day-hits" aria-label="Records found">
            {hits.map((hit, i) => (
              <li
                key={hit.key}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                class={i === active ? 'cw-day-hit cw-active' : 'cw-day-hit'}
                onClick={() => open(hit)}
                onMouseEnter={() => setActive(i)}
              >
                <span class="cw-day-name">{displayName(hit)}</span>{' '}
                <span class="cw-meta">
                  {crmLabel(hit.crm)} · {KIND_NAME[hit.kind]}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p class="cw-meta" role="status">
            {searching ? 'Searching…' : `No record you opened matches “${query.trim()}”.`}
          </p>
        )
      ) : null}
    </div>
  );
}
