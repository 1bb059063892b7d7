/**
 * Host patterns in match-pattern syntax: `app.hubspot.com` is that host exactly,
 * `*.lightning.force.com` is that domain and every subdomain of it.
 */
export function hostMatches(pattern: string, host: string): boolean {
  if (pattern.startsWith('*.')) {
    const base = pattern.slice(2);
    return host === base || host.endsWith('.' + base);
  }
  return host === pattern;
}

/** The manifest match pattern for a host pattern. */
export function matchPatternFor(hostPattern: string): string {
  return `https://${hostPattern}/*`;
}

/** A host pattern a rep may add in the options page: `crm.example.com`, `*.example.com`, `host:8080`. */
const HOST_PATTERN = /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/**
 * Turns what a rep typed into a host pattern, or says why it is not one.
 * Accepts a bare host, a wildcard host, or a full URL (its host is used).
 */
export function parseHostPattern(input: string): { ok: true; host: string } | { ok: false; error: string } {
  let text = input.trim().toLowerCase();
  if (!text) return { ok: false, error: 'Type a domain, e.g. crm.example.com or *.example.com.' };
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//.exec(text);
  if (scheme) {
    if (!/^https?:\/\//.test(text)) return { ok: false, error: 'Only http and https sites can be added.' };
    text = text.slice(scheme[0].length);
  }
  text = text.replace(/\/.*$/, '').replace(/:\d+$/, '');
  if (text === '*' || (text.includes('*') && !text.startsWith('*.'))) {
    return { ok: false, error: `"${input.trim()}" is too broad or not a valid pattern: a wildcard may only start the domain, as in *.example.com.` };
  }
  if (!HOST_PATTERN.test(text) || (!text.replace(/^\*\./, '').includes('.') && text !== 'localhost')) {
    return { ok: false, error: `"${input.trim()}" is not a domain. Use a form like crm.example.com or *.example.com.` };
  }
  return { ok: true, host: text };
}
