import { useEffect, useRef } from 'preact/hooks';
import { ROLE_LABEL, STAKEHOLDER_ROLES, stakeholderName, type Stakeholder, type StakeholderFields, type StakeholderRole } from '../lib/model/stakeholder';

export interface StakeholderItemProps {
  person: Stakeholder;
  /** Whether the row is expanded to edit; the team keeps one open at a time. */
  open: boolean;
  onToggle(open: boolean): void;
  /** Just added: the name field takes the focus so the rep can type at once. */
  focusName: boolean;
  onChange(changes: Partial<StakeholderFields>, opts?: { debounce?: boolean }): void;
  onRemove(): void;
}

/** One person on the buyer's side: one line (name, title, role), opened in place to edit. */
export function StakeholderItem({ person, open, onToggle, focusName, onChange, onRemove }: StakeholderItemProps) {
  const nameRef = useRef<HTMLInputElement>(null);
  const rowRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusName && open) nameRef.current?.focus();
  }, [focusName, open]);
  const id = (part: string) => `cw-person-${part}-${person.id}`;
  const name = stakeholderName(person);
  return (
    <li
      class="cw-person"
      data-stakeholder={person.id}
      data-role={person.role}
      data-open={open ? 'true' : 'false'}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        e.preventDefault();
        e.stopPropagation();
        onToggle(false);
        rowRef.current?.focus();
      }}
    >
      <button ref={rowRef} type="button" class="cw-line" aria-expanded={open} aria-controls={open ? id('editor') : undefined} onClick={() => onToggle(!open)}>
        <span class="cw-line-main">{name}</span>
        <span class="cw-tag">{ROLE_LABEL[person.role]}</span>
        {person.needs.trim() ? <span class="cw-snippet">{person.needs}</span> : null}
      </button>
      {open ? (
        <div id={id('editor')} class="cw-line-editor">
          <div class="cw-grid">
            <label for={id('name')}>Name</label>
            <input ref={nameRef} id={id('name')} class="cw-input" value={person.name} onInput={(e) => onChange({ name: e.currentTarget.value })} />
            <label for={id('title')}>Title</label>
            <input id={id('title')} class="cw-input" value={person.title} onInput={(e) => onChange({ title: e.currentTarget.value })} />
            <label for={id('role')}>Role</label>
            <select
              id={id('role')}
              class="cw-select"
              value={person.role}
              onChange={(e) => onChange({ role: e.currentTarget.value as StakeholderRole }, { debounce: false })}
            >
              {STAKEHOLDER_ROLES.map((role) => (
                <option key={role} value={role}>
                  {ROLE_LABEL[role]}
                </option>
              ))}
            </select>
            <label for={id('needs')}>Needs to see</label>
            <textarea id={id('needs')} class="cw-input" rows={2} value={person.needs} onInput={(e) => onChange({ needs: e.currentTarget.value })} />
          </div>
          <button type="button" class="cw-link-button cw-danger" onClick={onRemove} aria-label={`Remove ${name} from the buying team`}>
            Remove
          </button>
        </div>
      ) : null}
    </li>
  );
}
