import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import definition from '../../entrypoints/first-paint';
import { dayBounds } from '../../lib/model/day';
import { browserTimeZone } from '../../lib/model/zoned-day';
import { keepDay } from '../../lib/state/day-cache';
import { DAY_SHOWN_MARK, FIRST_LOOK_GLOBAL, keepDayView, type FirstLook } from '../../lib/state/kept-day-view';

const PICTURE = '<main class="cw-sidebar cw-no-record"><section class="cw-day" data-loaded="true"><p data-testid="day-empty">Nothing due.</p></section></main>';
const RECORD = { crm: 'salesforce', instance: 'acme', kind: 'lead', recordId: '00Q5g00000AbCdEEAV', key: 'salesforce:acme:lead:00Q5g00000AbCdEEAV' };

/** Runs the page's first look as the panel's page does, and waits for what it found. */
async function firstPaint(): Promise<FirstLook | undefined> {
  definition.main();
  return (globalThis as { [FIRST_LOOK_GLOBAL]?: Promise<FirstLook | undefined> })[FIRST_LOOK_GLOBAL];
}

const TAB = 7;
const WINDOW = 3;
const LIST = 'https://acme.lightning.force.com/lightning/o/Lead/list';

const root = () => document.getElementById('app')!;
const keptMarks = () => performance.getEntriesByName(DAY_SHOWN_MARK).filter((m) => (m as PerformanceMark).detail?.kept === true);

beforeEach(async () => {
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Closeward', version: '2.0.0' });
  document.body.innerHTML = '<div id="app"></div>';
  delete document.documentElement.dataset.theme;
  performance.clearMarks();
  localStorage.clear();
  const now = Date.now();
  const slice = { rows: [], total: 0 };
  keepDay(localStorage, browserTimeZone(), { bounds: dayBounds(now, browserTimeZone()), overdue: slice, today: slice, week: slice, leads: [] });
  keepDayView(localStorage, { build: '2.0.0', timeZone: browserTimeZone(), theme: 'dark', html: PICTURE }, now);
  // The window's active tab, on a list view.
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: TAB, windowId: WINDOW, url: LIST, active: true } as Browser.tabs.Tab]);
});
afterEach(() => vi.restoreAllMocks());

describe("the panel's first paint", () => {
  it("paints today's kept day, inert, on a tab without a record, and marks it", async () => {
    const look = await firstPaint();
    expect(look).toEqual({ tabId: TAB, windowId: WINDOW, url: LIST, stored: undefined });
    expect(root().innerHTML).toBe(PICTURE);
    expect(root().inert).toBe(true);
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(keptMarks()).toHaveLength(1);
  });

  it('paints once the page is parsed when the answer comes before the panel root', async () => {
    document.body.innerHTML = '';
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    try {
      await firstPaint();
      expect(keptMarks()).toHaveLength(0);
      // The parser reaches the body and finishes: readyState turns "interactive" before the panel's code runs.
      document.body.innerHTML = '<div id="app"></div>';
      Object.defineProperty(document, 'readyState', { value: 'interactive', configurable: true });
      document.dispatchEvent(new Event('readystatechange'));
      expect(root().innerHTML).toBe(PICTURE);
      expect(keptMarks()).toHaveLength(1);
    } finally {
      delete (document as { readyState?: unknown }).readyState;
    }
  });

  it("takes the picture down, with a word, if the panel's code never comes", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      await firstPaint();
      expect(root().inert).toBe(true);
      vi.advanceTimersByTime(10_000);
      expect(root().inert).toBe(false);
      expect(root().textContent).toBe('Closeward could not start. Close the panel and open it again.');
    } finally {
      vi.useRealTimers();
    }
  });

  it('leaves the panel alone once its code has come', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      await firstPaint();
      // The panel's code marks the root and draws its live view.
      root().dataset.live = '';
      root().inert = false;
      root().innerHTML = '<main class="cw-sidebar">live</main>';
      vi.advanceTimersByTime(10_000);
      expect(root().innerHTML).toBe('<main class="cw-sidebar">live</main>');
    } finally {
      vi.useRealTimers();
    }
  });

  it("hands the active tab's record to the panel's code and paints nothing on a record's tab", async () => {
    await fakeBrowser.storage.session.set({ [`tab:${TAB}`]: RECORD, 'tab:8': null });
    const look = await firstPaint();
    expect(look).toEqual({ tabId: TAB, windowId: WINDOW, url: LIST, stored: RECORD });
    expect(root().innerHTML).toBe('');
    expect(keptMarks()).toHaveLength(0);
  });

  it("paints nothing once the panel's code runs, nor from another version's picture", async () => {
    const look = firstPaint();
    root().dataset.live = '';
    await look;
    expect(root().innerHTML).toBe('');
    delete root().dataset.live;
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Closeward', version: '2.1.0' });
    await firstPaint();
    expect(root().innerHTML).toBe('');
    expect(keptMarks()).toHaveLength(0);
  });
});
