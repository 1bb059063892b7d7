import { useState } from 'preact/hooks';
import type { Stakeholder, StakeholderFields } from '../lib/model/stakeholder';
import { StakeholderItem } from './StakeholderItem';

export interface BuyingTeamProps {
  stakeholders: readonly Stakeholder[];
  /** Resolves to the new person's id. */
  onAdd(): Promise<string | undefined>;
  onChange(id: string, changes: Partial<StakeholderFields>, opts?: { debounce?: boolean }): void;
  onRemove(id: string): void;
}

/** Everyone on the buyer's side and what each needs to see, one line each. */
export function BuyingTeam({ stakeholders, onAdd, onChange, onRemove }: BuyingTeamProps) {
  const [added, setAdded] = useState<string | undefined>();
  const [openId, setOpenId] = useState<string | undefined>();
  return (
    <section class="cw-section" aria-labelledby="cw-team-title">
      <header class="cw-section-head">
        <h2 id="cw-team-title" class="cw-section-title">
          Buying team
        </h2>
        <span class="cw-meta">{stakeholders.length === 1 ? '1 person' : `${stakeholders.length} people`}</span>
      </header>
      {stakeholders.length ? (
        <ul class="cw-lines">
          {stakeholders.map((person) => (
            <StakeholderItem
              key={person.id}
              person={person}
              open={openId === person.id}
              onToggle={(open) => setOpenId(open ? person.id : undefined)}
              focusName={person.id === added}
              onChange={(changes, opts) => onChange(person.id, changes, opts)}
              onRemove={() => onRemove(person.id)}
            />
          ))}
        </ul>
      ) : (
        <p class="cw-meta">Who else decides, pays, uses or could block this?</p>
      )}
      <button
        type="button"
        class="cw-button cw-add"
        onClick={async () => {
          const id = await onAdd();
          setAdded(id);
          setOpenId(id);
        }}
      >
        Add a person
      </button>
    </section>
  );
}
