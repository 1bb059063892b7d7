/**
 * @vitest-environment happy-dom
 * @vitest-environment-options { "url": "https://acme.lightning.force.com/" }
 */
import { fakeBrowser } from 'wxt/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { salesforce } from '../../lib/crm/adapters/salesforce';
import { contentScriptRuns, startRun } from '../../lib/content/presence';
import { reportPages } from '../../lib/content/report';
import type { TabMessage } from '../../lib/model/messages';

const LEAD = 'https://acme.lightning.force.com/lightning/r/Lead/00Q5g00000AbCdEEAV/view';
const LIST = 'https://acme.lightning.force.com/lightning/o/Lead/list';

let run: AbortController | undefined;
afterEach(() => {
  run?.abort();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function start(url: string, title: string) {
  history.replaceState({}, '', url);
  document.title = title;
  const sent: TabMessage[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    sent.push(message as TabMessage);
  });
  const before = document.documentElement.outerHTML;
  run = startRun();
  reportPages(run, salesforce);
  return { sent, before };
}

const pages = (sent: TabMessage[]) => sent.flatMap((m) => (m.type === 'page' ? [m.page ? `${m.page.key} ${m.page.name ?? ''}`.trim() : null] : []));

describe('the content script', () => {
  it('reports the record the page shows, and nothing more, without touching the page', async () => {
    // happy-dom serves any URL from about:blank; the adapter only reads location and title.
    const { sent, before } = start(LEAD, 'Jane Doe | Lead | Salesforce');
    await vi.waitFor(() => expect(pages(sent)).toEqual(['salesforce:acme:lead:00Q5g00000AbCdEEAV Jane Doe']));
    expect(sent[0]).toMatchObject({ type: 'page', url: LEAD, seq: 1 });
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('follows in-app navigation to another record and to a list, in order', async () => {
    const { sent } = start(LEAD, 'Jane Doe | Lead | Salesforce');
    history.pushState({}, '', 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000XyZ12AAF/view');
    window.dispatchEvent(new PopStateEvent('popstate'));
    document.title = 'Northwind Renewal 2027 | Opportunity | Salesforce';
    await vi.waitFor(() => expect(pages(sent).at(-1)).toBe('salesforce:acme:opportunity:0065g00000XyZ12AAF Northwind Renewal 2027'));
    history.pushState({}, '', LIST);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.waitFor(() => expect(pages(sent).at(-1)).toBeNull());
    const seqs = sent.map((m) => (m.type === 'page' ? m.seq : 0));
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  });

  it('picks up the name at once from a title the page adds late, from a title element it swaps, and from its text', async () => {
    // With the Navigation API there is no polling: only the title's observer can see these.
    vi.stubGlobal('navigation', new EventTarget());
    const atOnce = { timeout: 100 };
    document.head.querySelector('title')?.remove();
    history.replaceState({}, '', LEAD);
    const sent: TabMessage[] = [];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push(message as TabMessage);
    });
    run = startRun();
    reportPages(run, salesforce);
    expect(pages(sent)).toEqual(['salesforce:acme:lead:00Q5g00000AbCdEEAV']);
    const title = document.createElement('title');
    title.textContent = 'Jane Doe | Lead | Salesforce';
    document.head.append(title);
    await vi.waitFor(() => expect(pages(sent).at(-1)).toBe('salesforce:acme:lead:00Q5g00000AbCdEEAV Jane Doe'), atOnce);
    const swapped = document.createElement('title');
    swapped.textContent = 'Jane Doe-Smith | Lead | Salesforce';
    title.replaceWith(swapped);
    await vi.waitFor(() => expect(pages(sent).at(-1)).toBe('salesforce:acme:lead:00Q5g00000AbCdEEAV Jane Doe-Smith'), atOnce);
    swapped.firstChild!.nodeValue = 'Jane Smith | Lead | Salesforce';
    await vi.waitFor(() => expect(pages(sent).at(-1)).toBe('salesforce:acme:lead:00Q5g00000AbCdEEAV Jane Smith'), atOnce);
  });

  it('is not woken by style text the page writes into its head', async () => {
    let wakes = 0;
    const Native = MutationObserver;
    vi.stubGlobal(
      'MutationObserver',
      class extends Native {
        constructor(callback: MutationCallback) {
          super((records, observer) => {
            wakes++;
            callback(records, observer);
          });
        }
      },
    );
    const { sent } = start(LEAD, 'Jane Doe | Lead | Salesforce');
    const style = document.createElement('style');
    document.head.append(style);
    await vi.waitFor(() => expect(wakes).toBe(1));
    for (let i = 0; i < 5; i++) style.append(`.row${i} { color: red }`);
    style.firstChild!.nodeValue = '.row { color: blue }';
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(wakes).toBe(1);
    expect(pages(sent)).toEqual(['salesforce:acme:lead:00Q5g00000AbCdEEAV Jane Doe']);
    style.remove();
  });

  it('says the tab shows no record when the page goes away', async () => {
    const { sent } = start(LEAD, 'Jane Doe | Lead | Salesforce');
    await vi.waitFor(() => expect(pages(sent)).toHaveLength(1));
    window.dispatchEvent(new Event('pagehide'));
    expect(pages(sent).at(-1)).toBeNull();
  });

  it("at the document's start, reports a record its URL names at once, and its name when the page is parsed", async () => {
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    try {
      const { sent } = start(LEAD, '');
      expect(pages(sent)).toEqual(['salesforce:acme:lead:00Q5g00000AbCdEEAV']);
      document.title = 'Jane Doe | Lead | Salesforce';
      document.dispatchEvent(new Event('DOMContentLoaded'));
      await vi.waitFor(() => expect(pages(sent)).toEqual(['salesforce:acme:lead:00Q5g00000AbCdEEAV', 'salesforce:acme:lead:00Q5g00000AbCdEEAV Jane Doe']));
    } finally {
      delete (document as { readyState?: string }).readyState;
    }
  });
});

describe('one running copy', () => {
  it('starts without a word to the page: no event, no message', () => {
    const dispatched = vi.spyOn(EventTarget.prototype, 'dispatchEvent');
    const posted = vi.spyOn(window, 'postMessage');
    start(LEAD, 'Jane Doe | Lead | Salesforce');
    expect(dispatched).not.toHaveBeenCalled();
    expect(posted).not.toHaveBeenCalled();
  });

  it('a copy injected again replaces the running one, which stops reporting', async () => {
    start(LEAD, 'Jane Doe | Lead | Salesforce');
    const older = run!;
    // From here every message, from either copy, lands in this list.
    const { sent } = start(LEAD, 'Jane Doe | Lead | Salesforce');
    expect(older.signal.aborted).toBe(true);
    expect(contentScriptRuns()).toBe(true);
    window.dispatchEvent(new Event('pagehide'));
    expect(pages(sent)).toEqual(['salesforce:acme:lead:00Q5g00000AbCdEEAV Jane Doe', null]);
  });

  it('stops once the extension is gone (updated, reloaded or removed), and says it no longer runs', async () => {
    const { sent } = start(LEAD, 'Jane Doe | Lead | Salesforce');
    await vi.waitFor(() => expect(pages(sent)).toHaveLength(1));
    const id = vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    history.pushState({}, '', LIST);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.waitFor(() => expect(run!.signal.aborted).toBe(true));
    expect(contentScriptRuns()).toBe(false);
    id.mockRestore();
    window.dispatchEvent(new Event('pagehide'));
    expect(pages(sent)).toHaveLength(1);
  });
});
