import { useState } from 'preact/hooks';
import type { Stakeholder, StakeholderFields } from '../lib/model/stakeholder';
import { StakeholderItem } from './StakeholderItem';

export interface BuyingTeamProps {
  stakeholders: readonly Stakeholder[];
  onAdd(): Promise<string | undefined>;
  onChange(id: string, changes: Partial<StakeholderFields>, opts?: { debounce?: boolean }): void;
  onRemove(id: string): void;
}

/** The jigsaw of article 001: everyone on the buyer's side and what each needs to see. */
export function BuyingTeam({ stakeholders, onAdd, onChange, onRemove }: BuyingTeamProps) {
  const [added, setAdded] = useState<string | undefined>();
  return (
    <section class="cw-section" aria-labelledby="cw-team-title">
      <header class="cw-section-head">
        <h2 id="cw-team-title">Buying team</h2>
        <span class="cw-meta">{stakeholders.length === 1 ? '1 person' : `${stakeholders.length} people`}</span>
      </header>
      {stakeholders.length ? (
        <ul class="cw-people">
          {stakeholders.map((person) => (
            <StakeholderItem
              key={person.id}
              person={person}
              focusName={person.id === added}
              onChange={(changes, opts) => onChange(person.id, changes, opts)}
              onRemove={() => onRemove(person.id)}
            />
          ))}
        </ul>
      ) : (
        <p class="cw-meta">Who else decides, pays, uses or could block this?</p>
      )}
      <button type="button" class="cw-button" onClick={async () => setAdded(await onAdd())}>
        Add a person
      </button>
    </section>
  );
}
