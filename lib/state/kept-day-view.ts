// The rep's day as the panel last drew it, kept in the panel's localStorage so the next opening
// the same day can paint it before the panel's code has loaded (entrypoints/first-paint.ts).
// It is only a picture: the panel's code replaces it with the live view as soon as it runs.
import { keptDay, keptDayStamp } from './day-cache';

/** Set when the day's rows first reach the DOM; detail { kept: true } when they are the kept picture. */
export const DAY_SHOWN_MARK = 'closeward:day-shown';

const VIEW_KEY = 'closeward:day-view';
/** A larger picture is not kept: parsing it would cost more than the panel's code drawing it. */
export const KEPT_VIEW_MAX_CHARS = 150_000;

/** What the first look at the window's active tab found (entrypoints/first-paint.ts). */
export interface FirstLook {
  windowId: number;
  tabId: number;
  url: string;
  /** The tab's storage.session entry (lib/model/tab-key.ts), unchecked. */
  stored: unknown;
}

/** Set when the first look's answer is in; detail { record }: whether the active tab shows one. */
export const FIRST_LOOK_MARK = 'closeward:first-look';

/** The name under which the panel's document holds the promise of its first look. */
export const FIRST_LOOK_GLOBAL = 'closewardFirstLook';

export interface KeptDayView {
  /** The extension version that drew it: another version's markup is not shown. */
  build: string;
  timeZone: string;
  /** The day it shows: [start, tomorrow) in ms. */
  bounds: { start: number; tomorrow: number };
  /** The kept day it was drawn from (keptDayStamp): shown only beside that same kept day. */
  stamp: string;
  /** The root element's data-theme when it was drawn ('' for the system's). */
  theme: string;
  /** The panel root's inner HTML. */
  html: string;
}

/**
 * Keeps `html` as the picture of today's day view drawn from the day kept today (the next
 * opening shows it only beside that same kept day); otherwise forgets the picture kept before.
 */
export function keepDayView(cache: Storage | undefined, view: Omit<KeptDayView, 'bounds' | 'stamp'>, now: number): boolean {
  if (!cache) return false;
  const day = keptDay(cache, view.timeZone, now);
  const stamp = keptDayStamp(cache);
  try {
    if (!day || !stamp || !view.html || view.html.length > KEPT_VIEW_MAX_CHARS) {
      cache.removeItem(VIEW_KEY);
      return false;
    }
    const kept: KeptDayView = { ...view, bounds: { start: day.bounds.start, tomorrow: day.bounds.tomorrow }, stamp };
    cache.setItem(VIEW_KEY, JSON.stringify(kept));
    return true;
  } catch {
    // No room: the next opening draws the day with its code, as without the picture.
    forgetDayView(cache);
    return false;
  }
}

export function forgetDayView(cache: Storage | undefined): void {
  try {
    cache?.removeItem(VIEW_KEY);
  } catch {
    // Storage that cannot be reached keeps nothing either.
  }
}

/** The picture of today's day view drawn by this build in this time zone from the day kept now, if there is one. */
export function keptDayView(cache: Storage | undefined, build: string, timeZone: string, now: number): KeptDayView | undefined {
  if (!cache) return undefined;
  try {
    const kept = JSON.parse(cache.getItem(VIEW_KEY) ?? 'null') as Partial<KeptDayView> | null;
    if (!kept || kept.build !== build || kept.timeZone !== timeZone || typeof kept.html !== 'string' || typeof kept.theme !== 'string') return undefined;
    const bounds = kept.bounds;
    if (!bounds || !(bounds.start <= now && now < bounds.tomorrow) || kept.stamp !== keptDayStamp(cache)) return undefined;
    return kept as KeptDayView;
  } catch {
    return undefined;
  }
}

/** What the panel's first render cannot show before the live stores are in: left out of the picture. */
const LIVE_ONLY = '.cw-recent, .cw-notice, .cw-day [role="alert"]';

/**
 * The picture of the rep's day that `root` (the panel's root) shows, as the next opening today
 * would show it: '' unless it shows the day with no record behind it, read and not widened by
 * "Show more", nothing typed in the search box and no follow-up being moved; without what only
 * the live stores show.
 */
export function dayPicture(root: Element): string {
  const view = root.querySelector('.cw-no-record');
  if (
    !view ||
    view.querySelector('[data-testid="back-to-record"]') ||
    !view.querySelector('.cw-day[data-loaded="true"]:not([data-widened])') ||
    view.querySelector('.cw-day-reschedule') ||
    view.querySelector<HTMLInputElement>('input[type="search"]')?.value
  ) {
    return '';
  }
  const picture = root.cloneNode(true) as Element;
  for (const later of picture.querySelectorAll(LIVE_ONLY)) later.remove();
  return picture.innerHTML;
}
