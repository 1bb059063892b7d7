import { describe, expect, it, vi } from 'vitest';
import { tabMessageListener } from '../../lib/messaging/receive';

const ID = 'our-extension';
const PAGE = { crm: 'salesforce', instance: 'acme', kind: 'lead', recordId: '00Q1', key: 'salesforce:acme:lead:00Q1', name: 'Jane Doe' };
const fromTab = { id: ID, tab: { id: 7, windowId: 3 }, frameId: 0 };

describe('the tab message contract', () => {
  it('hands a valid message to the handler of its type, with the tab it came from', () => {
    const page = vi.fn();
    const prefetch = vi.fn();
    const listen = tabMessageListener(ID, { page, prefetch });
    listen({ type: 'page', page: PAGE, url: 'https://acme/x', seq: 1 }, fromTab);
    listen({ type: 'prefetch', key: PAGE.key }, fromTab);
    expect(page).toHaveBeenCalledWith({ type: 'page', page: PAGE, url: 'https://acme/x', seq: 1 }, { id: 7, windowId: 3 });
    expect(prefetch).toHaveBeenCalledWith({ type: 'prefetch', key: PAGE.key }, { id: 7, windowId: 3 });
  });

  it.each([
    ['another extension', { ...fromTab, id: 'someone-else' }],
    ['no tab (an extension page)', { id: ID, frameId: 0 }],
    ['a subframe of the tab', { ...fromTab, frameId: 4 }],
  ])('ignores a message from %s', (_what, sender) => {
    const page = vi.fn();
    tabMessageListener(ID, { page })({ type: 'page', page: PAGE, url: 'https://acme/x', seq: 1 }, sender);
    expect(page).not.toHaveBeenCalled();
  });

  it.each([
    ['an unknown type', { type: 'deleteEverything' }],
    ['a type inherited from Object', { type: 'toString' }],
    ['a record that breaks the schema', { type: 'page', page: { ...PAGE, kind: 'invoice' }, url: 'https://acme/x', seq: 1 }],
    ['a missing sequence number', { type: 'page', page: PAGE, url: 'https://acme/x' }],
    ['no object at all', 'page'],
    ['null', null],
  ])('ignores %s', (_what, raw) => {
    const page = vi.fn();
    expect(() => tabMessageListener(ID, { page })(raw, fromTab)).not.toThrow();
    expect(page).not.toHaveBeenCalled();
  });

  it('ignores a type the receiver has no handler for', () => {
    const page = vi.fn();
    tabMessageListener(ID, { page })({ type: 'prefetch', key: 'k' }, fromTab);
    expect(page).not.toHaveBeenCalled();
  });
});
