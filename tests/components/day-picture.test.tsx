import { beforeEach, describe, expect, it } from 'vitest';
import { dayPicture } from '../../lib/state/kept-day-view';

/** The panel's root showing the rep's day (as App and DayView draw it), with `extra` laid in. */
function panel({ day = '', before = '', after = '', loaded = 'true', widened = false } = {}) {
  document.body.innerHTML = `<div id="app"><main class="cw-sidebar cw-no-record" data-testid="no-record">${before}<section class="cw-day" data-loaded="${loaded}"${widened ? ' data-widened="true"' : ''}><h1>Your day</h1><div role="search"><input type="search" id="cw-search"></div>${day}<ol><li data-testid="day-row">Jane Doe</li></ol></section>${after}</main></div>`;
  return document.getElementById('app')!;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe("the picture of the rep's day kept at close", () => {
  it('is the day as shown, without what only the live stores show', () => {
    const root = panel({
      before: '<p class="cw-notice" role="status">Restored 12 records from the automatic copy.</p>',
      day: '<p class="cw-notice" data-testid="backup-reminder">Your last copy is old.</p><p role="alert" class="cw-problem-text">Could not move it.</p>',
      after: '<section class="cw-section cw-recent"><h2>Opened recently</h2></section>',
    });
    const picture = dayPicture(root);
    expect(picture).toContain('data-testid="day-row"');
    expect(picture).toContain('Your day');
    expect(picture).not.toMatch(/Restored 12|Your last copy|Could not move|Opened recently/);
    // The panel itself is left as it is.
    expect(root.querySelector('.cw-recent')).not.toBeNull();
  });

  it('is nothing while the day is not read, widened, searched, being moved, or shown over a record', () => {
    expect(dayPicture(panel({ loaded: 'false' }))).toBe('');
    expect(dayPicture(panel({ widened: true }))).toBe('');
    expect(dayPicture(panel({ day: '<form class="cw-day-reschedule"></form>' }))).toBe('');
    expect(dayPicture(panel({ before: '<button data-testid="back-to-record">← Back to Jane Doe</button>' }))).toBe('');
    const searched = panel();
    searched.querySelector<HTMLInputElement>('input[type="search"]')!.value = 'jane';
    expect(dayPicture(searched)).toBe('');
    document.body.innerHTML = '<div id="app"><main class="cw-sidebar" data-record-key="k"></main></div>';
    expect(dayPicture(document.getElementById('app')!)).toBe('');
  });
});
