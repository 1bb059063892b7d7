import { browser } from 'wxt/browser';
import { pageFrom } from '../crm/core';
import type { CrmAdapter } from '../crm/types';
import type { TabMessage } from '../model/messages';
import type { RecordPage } from '../model/record';
import { readNameFromDom } from './name';
import { watchNavigation } from './navigation';

/**
 * The record this page shows, read with the one adapter this content script carries.
 * `title` is undefined while it still belongs to the previous route; `readDom` is false at
 * the moment the route changes, when the page has not re-rendered the new record yet.
 */
function currentPage(adapter: CrmAdapter, url: string, title: string | undefined, readDom: boolean): RecordPage | null {
  let page: RecordPage | null;
  try {
    page = pageFrom(adapter, new URL(url), title);
  } catch {
    return null;
  }
  if (page && !page.name && readDom) {
    const name = readNameFromDom(adapter.nameSelectors);
    if (name) page.name = name;
  }
  return page;
}

/**
 * Runs in the CRM tab: recognizes the page, follows in-app navigation and tells the extension
 * which record the tab shows (the background keeps it per tab, the side panel shows it). It adds
 * nothing to the page: no element, no style, no attribute, no event. `run` ends it: aborted by a
 * newer copy of the script, or here once the extension is gone (updated, reloaded or removed:
 * this copy can no longer reach it).
 */
export function reportPages(run: AbortController, adapter: CrmAdapter): void {
  const { signal } = run;
  const send = (message: TabMessage) => {
    if (signal.aborted) return;
    if (!browser.runtime?.id) return run.abort();
    browser.runtime.sendMessage(message).catch(() => undefined);
  };
  const later = (callback: () => void, ms: number) => setTimeout(() => signal.aborted || callback(), ms);
  let page: RecordPage | null;
  let sent = false;
  let seq = 0;
  // The title seen when the URL last changed: a title equal to it after a route change
  // still names the previous record.
  let routeUrl = location.href;
  let routeTitle = document.title;
  let titleStale = false;

  const report = (url: string) => send({ type: 'page', page, url, seq: ++seq });

  function update(url: string = location.href): void {
    const title = document.title;
    const routeChanged = url !== routeUrl;
    if (routeChanged) {
      titleStale = title === routeTitle;
      routeUrl = url;
    } else if (title !== routeTitle) {
      titleStale = false;
    }
    routeTitle = title;
    const next = currentPage(adapter, url, titleStale ? undefined : title, !routeChanged);
    if (sent && next?.key === page?.key && next?.name === page?.name) return;
    const switched = next?.key !== page?.key;
    page = next;
    sent = true;
    report(url);
    if (next && switched && !next.name) for (const delay of NAME_RETRY_MS) later(() => page?.key === next.key && !page.name && update(), delay);
  }

  // Leaving the page (a full navigation, or the tab closing): the tab shows no record until the
  // next page says otherwise. Back from the back/forward cache: the record again.
  addEventListener('pagehide', () => page && send({ type: 'page', page: null, url: location.href, seq: ++seq, leaving: true }), { signal });
  addEventListener('pageshow', (event) => event.persisted && report(location.href), { signal });

  // A link to another record that the pointer rests on (or the keyboard focuses) for
  // PREFETCH_DWELL_MS: the panel reads that record ahead, so a click on it shows the record
  // without waiting for the database. Trusted events only: page scripts cannot make the panel
  // read anything.
  let dwelling: { href: string; timer: ReturnType<typeof setTimeout> } | undefined;
  let announced = { href: '', at: 0 };
  const onHover = (event: PointerEvent | FocusEvent) => {
    if (!event.isTrusted) return;
    const href = linkIn(event)?.href ?? '';
    if (href === dwelling?.href) return;
    if (dwelling) clearTimeout(dwelling.timer);
    dwelling = undefined;
    // The same link again soon (the pointer crossing its icon and its text): said already.
    if (!href || (href === announced.href && Date.now() - announced.at < PREFETCH_REPEAT_MS)) return;
    const timer = later(() => {
      dwelling = undefined;
      announced = { href, at: Date.now() };
      const target = currentPage(adapter, href, undefined, false);
      if (target && target.key !== page?.key) send({ type: 'prefetch', key: target.key });
    }, PREFETCH_DWELL_MS);
    dwelling = { href, timer };
  };
  document.addEventListener('pointerover', onHover, { capture: true, passive: true, signal });
  document.addEventListener('focusin', onHover, { capture: true, passive: true, signal });

  const start = () => {
    update();
    watchNavigation(signal, update);
  };
  if (document.readyState !== 'loading') start();
  else {
    // At the document's start the URL is there and the title not yet: a record the URL alone
    // names is reported at once, so the panel reads it while the page loads; its name follows
    // when the page is parsed. A page the URL alone does not settle waits for its title.
    const early = currentPage(adapter, location.href, undefined, false);
    if (early) {
      page = early;
      sent = true;
      report(location.href);
    }
    document.addEventListener('DOMContentLoaded', start, { once: true, signal });
  }
}

/** How long the pointer rests on a record's link before the panel reads that record ahead. */
export const PREFETCH_DWELL_MS = 40;
/** A link announced this recently is not announced again (the panel keeps the read longer). */
const PREFETCH_REPEAT_MS = 2000;

/** The link an event happened in, looking through open shadow roots. */
function linkIn(event: Event): HTMLAnchorElement | undefined {
  for (const node of event.composedPath()) {
    if (node instanceof HTMLAnchorElement) return node.href ? node : undefined;
    if (node === document.body) break;
  }
  return undefined;
}

/**
 * CRMs that keep the name out of the title render it some time after the route changes:
 * look again a few times (each look is a few querySelector calls).
 */
const NAME_RETRY_MS = [300, 1000, 3000];
