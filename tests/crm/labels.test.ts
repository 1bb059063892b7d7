import { expect, it } from 'vitest';
import { ADAPTERS } from '../../lib/crm/registry';
import { CRM_LABELS } from '../../lib/model/vocabulary';

it('names each CRM in the UI as its adapter does', () => {
  expect(Object.fromEntries(ADAPTERS.map((a) => [a.id, a.label]))).toEqual(CRM_LABELS);
});
