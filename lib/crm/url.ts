/**
 * The parts of a URL the adapters read. `URL` satisfies it; so does the result of `fastParts`.
 */
export interface UrlParts {
  readonly protocol: string;
  /** Host name with the port, if any. */
  readonly host: string;
  readonly hostname: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
}

/*
 * A fast path for the URLs a browser actually reports for CRM pages: lower-case http(s) scheme and
 * host, no port or credentials, printable ASCII that the WHATWG parser keeps as it is. For those,
 * the parts are plain slices of the string, equal to what `new URL()` gives (a property test checks
 * this). Anything else (upper case, ports, IP addresses, dot segments, characters the parser would
 * percent-encode or strip) returns null, and the caller falls back to `new URL()`.
 * The parts are sliced only when read: most adapters read two of them.
 */

/** Printable ASCII except what some component would percent-encode or rewrite: space " ' < > \ ^ ` { | } */
const KEPT_AS_IS = /^[!#$%&()*+,\-./0-9:;=?@A-Z[\]_a-z~]*$/;
const DOT_ENCODED = /%2e/i;

class SimpleUrl implements UrlParts {
  constructor(
    private readonly href: string,
    private readonly hostStart: number,
    private readonly hostEnd: number,
    private readonly queryStart: number,
    private readonly hashStart: number,
  ) {}
  get protocol(): string {
    return this.hostStart === 8 ? 'https:' : 'http:';
  }
  get hostname(): string {
    return this.href.slice(this.hostStart, this.hostEnd);
  }
  get host(): string {
    return this.hostname;
  }
  get pathname(): string {
    const end = this.queryStart !== -1 ? this.queryStart : this.hashStart !== -1 ? this.hashStart : this.href.length;
    return end === this.hostEnd ? '/' : this.href.slice(this.hostEnd, end);
  }
  get search(): string {
    if (this.queryStart === -1) return '';
    const end = this.hashStart !== -1 ? this.hashStart : this.href.length;
    return end - this.queryStart > 1 ? this.href.slice(this.queryStart, end) : '';
  }
  get hash(): string {
    return this.hashStart !== -1 && this.href.length - this.hashStart > 1 ? this.href.slice(this.hashStart) : '';
  }
}

export function fastParts(url: string): UrlParts | null {
  const hostStart = url.startsWith('https://') ? 8 : url.startsWith('http://') ? 7 : 0;
  if (!hostStart || url.length > 4096 || !KEPT_AS_IS.test(url)) return null;
  // Host: lower-case letters, digits, _ and -, in non-empty dot-separated labels, up to / ? or #.
  let hostEnd = hostStart;
  let labelStart = hostStart;
  for (; hostEnd < url.length; hostEnd++) {
    const c = url.charCodeAt(hostEnd);
    if (c === 0x2f || c === 0x3f || c === 0x23) break; // / ? #
    if (c === 0x2e) {
      if (hostEnd === labelStart) return null; // empty label
      labelStart = hostEnd + 1;
    } else if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x5f)) {
      return null; // upper case, port, credentials, IPv6...
    }
  }
  if (hostEnd === labelStart) return null; // empty host or trailing dot
  // A host whose last label is a number (or 0x…) is an IPv4 address to the parser, which rewrites it.
  const last = url.charCodeAt(hostEnd - 1);
  if ((last >= 0x30 && last <= 0x39) || (url.charCodeAt(labelStart) === 0x30 && url.charCodeAt(labelStart + 1) === 0x78)) {
    return null;
  }
  const hashStart = url.indexOf('#', hostEnd);
  let queryStart = url.indexOf('?', hostEnd);
  if (hashStart !== -1 && queryStart > hashStart) queryStart = -1;
  // Dot segments, literal or %2e, are resolved by the parser.
  const pathEnd = queryStart !== -1 ? queryStart : hashStart !== -1 ? hashStart : url.length;
  const dot = url.indexOf('/.', hostEnd);
  if (dot !== -1 && dot < pathEnd) return null;
  const pct = url.indexOf('%', hostEnd);
  if (pct !== -1 && pct < pathEnd && DOT_ENCODED.test(url.slice(hostEnd, pathEnd))) return null;
  return new SimpleUrl(url, hostStart, hostEnd, queryStart, hashStart);
}
