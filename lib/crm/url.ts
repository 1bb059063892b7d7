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
 * Host and path are sliced once; query and hash only when an adapter reads them.
 */

/** Printable ASCII except what some component would percent-encode or rewrite: space " ' < > \ ^ ` { | } */
const KEPT_AS_IS = /[!#$%&()*+,\-./0-9:;=?@A-Z[\]_a-z~]*$/y;
const DOT_ENCODED = /%2e/i;

/** The parts of one simple URL; `read()` refills it, so one instance can serve call after call. */
export class SimpleUrl implements UrlParts {
  protocol = '';
  hostname = '';
  pathname = '';
  private href = '';
  private queryStart = -1;
  private hashStart = -1;

  get host(): string {
    return this.hostname;
  }
  get search(): string {
    if (this.queryStart === -1) return '';
    const end = this.hashStart !== -1 ? this.hashStart : this.href.length;
    return end - this.queryStart > 1 ? this.href.slice(this.queryStart, end) : '';
  }
  get hash(): string {
    return this.hashStart !== -1 && this.href.length - this.hashStart > 1 ? this.href.slice(this.hashStart) : '';
  }

  /** Takes `url` if it is simple (see above) and returns true; otherwise false, leaving no promise. */
  read(url: string): boolean {
    const hostStart = url.startsWith('https://') ? 8 : url.startsWith('http://') ? 7 : 0;
    if (!hostStart || url.length > 4096) return false;
    // Host: lower-case letters, digits, _ and -, in non-empty dot-separated labels, up to / ? or #.
    let hostEnd = hostStart;
    let labelStart = hostStart;
    for (; hostEnd < url.length; hostEnd++) {
      const c = url.charCodeAt(hostEnd);
      if (c === 0x2f || c === 0x3f || c === 0x23) break; // / ? #
      if (c === 0x2e) {
        if (hostEnd === labelStart) return false; // empty label
        labelStart = hostEnd + 1;
      } else if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x5f)) {
        return false; // upper case, port, credentials, IPv6...
      }
    }
    if (hostEnd === labelStart) return false; // empty host or trailing dot
    // A host whose last label is a number (or 0x…) is an IPv4 address to the parser, which rewrites it.
    const last = url.charCodeAt(hostEnd - 1);
    if ((last >= 0x30 && last <= 0x39) || (url.charCodeAt(labelStart) === 0x30 && url.charCodeAt(labelStart + 1) === 0x78)) {
      return false;
    }
    // The rest of the string, from the end of the host (sticky: anchored at lastIndex).
    KEPT_AS_IS.lastIndex = hostEnd;
    if (!KEPT_AS_IS.test(url)) return false;
    const hashStart = url.indexOf('#', hostEnd);
    let queryStart = url.indexOf('?', hostEnd);
    if (hashStart !== -1 && queryStart > hashStart) queryStart = -1;
    // Dot segments, literal or %2e, are resolved by the parser.
    const pathEnd = queryStart !== -1 ? queryStart : hashStart !== -1 ? hashStart : url.length;
    const dot = url.indexOf('/.', hostEnd);
    if (dot !== -1 && dot < pathEnd) return false;
    const pct = url.indexOf('%', hostEnd);
    if (pct !== -1 && pct < pathEnd && DOT_ENCODED.test(url.slice(hostEnd, pathEnd))) return false;
    // Every adapter reads the host and nearly every one the path: sliced once, here.
    this.href = url;
    this.protocol = hostStart === 8 ? 'https:' : 'http:';
    this.hostname = url.slice(hostStart, hostEnd);
    this.pathname = pathEnd === hostEnd ? '/' : url.slice(hostEnd, pathEnd);
    this.queryStart = queryStart;
    this.hashStart = hashStart;
    return true;
  }
}

/** The parts of `url` when it is simple enough to skip `new URL()`; null otherwise. */
export function fastParts(url: string): UrlParts | null {
  const parts = new SimpleUrl();
  return parts.read(url) ? parts : null;
}
