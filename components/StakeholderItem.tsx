import { useEffect, useRef } from 'preact/hooks';
import { ROLE_LABEL, STAKEHOLDER_ROLES, stakeholderName, type Stakeholder, type StakeholderFields, type StakeholderRole } from '../lib/model/stakeholder';

export interface StakeholderItemProps {
  person: Stakeholder;
  /** Just added: the name field takes the focus so the rep can type at once. */
  focusName: boolean;
  onChange(changes: Partial<StakeholderFields>, opts?: { debounce?: boolean }): void;
  onRemove(): void;
}

/** One person on the buyer's side, edited in place. */
export function StakeholderItem({ person, focusName, onChange, onRemove }: StakeholderItemProps) {
  const nameRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (focusName) nameRef.current?.focus();
  }, [focusName]);
  const id = (part: string) => `cw-person-${part}-${person.id}`;
  return (
    <li class="cw-person" data-stakeholder={person.id} data-role={person.role}>
      <div class="cw-grid">
        <label for={id('name')}>Name</label>
        <input ref={nameRef} id={id('name')} class="cw-input" value={person.name} onInput={(e) => onChange({ name: e.currentTarget.value })} />
        <label for={id('title')}>Title</label>
        <input id={id('title')} class="cw-input" value={person.title} onInput={(e) => onChange({ title: e.currentTarget.value })} />
        <label for={id('role')}>Role</label>
        <select id={id('role')} class="cw-input" value={person.role} onChange={(e) => onChange({ role: e.currentTarget.value as StakeholderRole }, { debounce: false })}>
          {STAKEHOLDER_ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABEL[role]}
            </option>
          ))}
        </select>
        <label for={id('needs')}>Needs to see</label>
        <textarea id={id('needs')} class="cw-input" rows={2} value={person.needs} onInput={(e) => onChange({ needs: e.currentTarget.value })} />
      </div>
      <button type="button" class="cw-link-button cw-danger" onClick={onRemove} aria-label={`Remove ${stakeholderName(person)} from the buying team`}>
        Remove
      </button>
    </li>
  );
}
