import { expect, it } from 'vitest';
import { newDraft } from '../../lib/model/conversation-draft';

it('starts a "not now" at the team\'s default interval, and a quarter out without one', () => {
  expect(newDraft(0, 'demo', '', 'twoWeeks').preset).toBe('twoWeeks');
  expect(newDraft(0, 'demo', '').preset).toBe('quarter');
  expect(newDraft(0, 'demo', '').kind).toBeUndefined();
});
