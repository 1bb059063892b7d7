import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followActiveTab } from '../../entrypoints/sidepanel/follow-tab';
import type { RecordPage } from '../../lib/model/record';

const WINDOW = 3;
const LIST = 'https://acme.lightning.force.com/lightning/o/Lead/list';
const LEAD_URL = 'https://acme.lightning.force.com/lightning/r/Lead/00Q5g00000AbCdEEAV/view';
const LEAD: RecordPage = {
  crm: 'salesforce',
  instance: 'acme',
  kind: 'lead',
  recordId: '00Q5g00000AbCdEEAV',
  key: 'salesforce:acme:lead:00Q5g00000AbCdEEAV',
  name: 'Jane Doe',
};
const tabs: Record<number, string> = { 5: LIST, 6: LEAD_URL };

/** The window's active tab is `id`, from here on. */
function activeTab(id: number) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id, windowId: WINDOW, url: tabs[id], active: true } as Browser.tabs.Tab]);
}

let shown: [string | null, string][];
const handlers = { record: (page: RecordPage | null, url: string) => void shown.push([page?.key ?? null, url]), prefetch: () => undefined };

beforeEach(async () => {
  shown = [];
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation((id: number) => Promise.resolve({ id, windowId: WINDOW, url: tabs[id] } as Browser.tabs.Tab));
  await fakeBrowser.storage.session.set({ 'tab:6': LEAD });
});
afterEach(() => vi.restoreAllMocks());

describe("the panel's first look at the active tab", () => {
  it('shows what the first look found before asking the browser anything', async () => {
    activeTab(6);
    const query = vi.spyOn(fakeBrowser.tabs, 'query');
    const following = followActiveTab(handlers, { first: Promise.resolve({ windowId: WINDOW, tabId: 6, url: LEAD_URL, stored: LEAD }) });
    await following;
    expect(shown[0]).toEqual([LEAD.key, LEAD_URL]);
    // Asked again afterwards: the same tab shows the same record, so it is not shown twice.
    await vi.waitFor(() => expect(query).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(shown).toEqual([[LEAD.key, LEAD_URL]]);
  });

  it('follows the tab the rep switched to between the first look and the panel code', async () => {
    // The first look saw the list view's tab; by the time the panel's code listens, the lead's is in front.
    activeTab(6);
    await followActiveTab(handlers, { first: Promise.resolve({ windowId: WINDOW, tabId: 5, url: LIST, stored: undefined }) });
    await vi.waitFor(() =>
      expect(shown).toEqual([
        [null, LIST],
        [LEAD.key, LEAD_URL],
      ]),
    );
  });

  it('shows the record the same tab reported between the first look and the panel code', async () => {
    // The first look found the tab still without its record; its report came just after.
    activeTab(6);
    await followActiveTab(handlers, { first: Promise.resolve({ windowId: WINDOW, tabId: 6, url: LEAD_URL, stored: undefined }) });
    await vi.waitFor(() =>
      expect(shown).toEqual([
        [null, LEAD_URL],
        [LEAD.key, LEAD_URL],
      ]),
    );
  });

  it('keeps the card of a page going away when the tab says so between the first look and the answer to asking again', async () => {
    // The browser's answer to "which tab is active" is held back until the page has reported.
    let answer: (tabs: Browser.tabs.Tab[]) => void = () => {};
    vi.spyOn(fakeBrowser.tabs, 'query').mockReturnValue(new Promise((resolve) => (answer = resolve)));
    await followActiveTab(handlers, { first: Promise.resolve({ windowId: WINDOW, tabId: 6, url: LEAD_URL, stored: LEAD }) });
    await fakeBrowser.runtime.onMessage.trigger(
      { type: 'page', page: null, url: LEAD_URL, seq: 2, leaving: true },
      { id: fakeBrowser.runtime.id, tab: { id: 6, windowId: WINDOW } as Browser.tabs.Tab, frameId: 0 },
    );
    answer([{ id: 6, windowId: WINDOW, url: LEAD_URL, active: true } as Browser.tabs.Tab]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The card stays (the next page reports in a moment); the leaving grace, not the answer, decides.
    expect(shown).toEqual([[LEAD.key, LEAD_URL]]);
  });

  it('reads the tab itself when there was no first look', async () => {
    activeTab(6);
    vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ id: WINDOW } as Awaited<ReturnType<typeof fakeBrowser.windows.getCurrent>>);
    await followActiveTab(handlers);
    expect(shown).toEqual([[LEAD.key, LEAD_URL]]);
  });
});
