// The sidebar's dates, with one Intl.DateTimeFormat each for the life of the page. The same
// output as lib/model/time.ts's formatDate/formatDateTime (Date#toLocale*String with these
// options is specified as a new Intl.DateTimeFormat(undefined, options)), but
// toLocale*String builds a formatter on every call: 0.23 ms each in Chromium 156 against
// 1.5 µs with a kept one, and a record switch formats up to a dozen dates.

/** What toLocale*String says of a time outside the Date range (format() would throw). */
const INVALID = 'Invalid Date';
let dateFormat: Intl.DateTimeFormat | undefined;
let dateTimeFormat: Intl.DateTimeFormat | undefined;

/** A short local date, e.g. "3 Mar 2027". */
export function formatDate(ms: number): string {
  const at = new Date(ms);
  if (Number.isNaN(at.getTime())) return INVALID;
  dateFormat ??= new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
  return dateFormat.format(at);
}

/** A short local date and time. */
export function formatDateTime(ms: number): string {
  const at = new Date(ms);
  if (Number.isNaN(at.getTime())) return INVALID;
  dateTimeFormat ??= new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
  return dateTimeFormat.format(at);
}
