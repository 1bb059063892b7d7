import { z } from 'zod/mini';
import { filled, KEY_MAX, LONG_TEXT_MAX, NAME_MAX, SHORT_TEXT_MAX, text } from './limits';
import { FieldTimes } from './field-times';

export const STAKEHOLDER_ROLES = ['decisionMaker', 'coach', 'economicBuyer', 'endUser', 'influencer', 'blocker', 'other'] as const;
export const StakeholderRole = z.enum(STAKEHOLDER_ROLES);
export type StakeholderRole = z.infer<typeof StakeholderRole>;

export const ROLE_LABEL: Record<StakeholderRole, string> = {
  decisionMaker: 'Decision maker',
  coach: 'Coach',
  economicBuyer: 'Economic buyer',
  endUser: 'End user',
  influencer: 'Influencer',
  blocker: 'Blocker',
  other: 'Other',
};

/** A person on the buyer's side: one piece of the jigsaw. */
export const Stakeholder = z.object({
  id: filled(KEY_MAX),
  recordKey: filled(KEY_MAX),
  name: text(NAME_MAX),
  title: text(SHORT_TEXT_MAX),
  role: StakeholderRole,
  /** What this person needs to see before they say yes. */
  needs: text(LONG_TEXT_MAX),
  createdAt: z.number(),
  fieldTimes: FieldTimes,
});
export type Stakeholder = z.infer<typeof Stakeholder>;

export type StakeholderFields = Pick<Stakeholder, 'name' | 'title' | 'role' | 'needs'>;
export const StakeholderChange = z.partial(z.pick(Stakeholder, { name: true, title: true, role: true, needs: true }));

export function newStakeholder(id: string, recordKey: string, createdAt: number): Stakeholder {
  return { id, recordKey, name: '', title: '', role: 'other', needs: '', createdAt, fieldTimes: {} };
}

/** How a person is named in pickers and lists when the rep has not typed a name yet. */
export function stakeholderName(person: Pick<Stakeholder, 'name' | 'title'>): string {
  const name = person.name.trim() || 'Unnamed person';
  return person.title.trim() ? `${name} (${person.title.trim()})` : name;
}
