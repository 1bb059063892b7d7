import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { z } from 'zod/mini';
import { hostMatches, parseHostPattern } from '../crm/hosts';
import { ADAPTERS } from '../crm/registry';
import { CrmId } from '../model/record';
import { contentScriptRuns } from '../content/presence';

/** A domain the rep added in the options page, and the CRM it runs. Kept in storage.local. */
export const CustomDomain = z.object({ host: z.string(), crm: CrmId, addedAt: z.number() });
export type CustomDomain = z.infer<typeof CustomDomain>;
const CustomDomains = z.array(CustomDomain);

export const STORAGE_KEY = 'customDomains';
/** Each CRM has its own content script, named after its adapter id. */
const contentScriptFor = (crm: CrmId) => `content-scripts/${crm}.js` as const;
const injectableScriptFor = (crm: CrmId): ScriptPublicPath => `/${contentScriptFor(crm)}` as ScriptPublicPath;

export const originsFor = (host: string) => [`https://${host}/*`, `http://${host}/*`];
export const scriptIdFor = (host: string) => `custom:${host}`;

export async function listCustomDomains(): Promise<CustomDomain[]> {
  const stored = (await browser.storage.local.get(STORAGE_KEY))[STORAGE_KEY];
  const parsed = CustomDomains.safeParse(stored ?? []);
  return parsed.success ? parsed.data : [];
}

async function save(domains: CustomDomain[]): Promise<void> {
  await browser.storage.local.set({ [STORAGE_KEY]: domains });
}

export type AddResult = { ok: true; domain: CustomDomain } | { ok: false; error: string };

/**
 * Checks what the rep typed before any prompt: a valid pattern, not a CRM we already
 * cover, not already added. Synchronous so the permission request that follows still
 * runs inside the click's user gesture.
 */
export function checkNewDomain(input: string, existing: readonly CustomDomain[]): { ok: true; host: string } | { ok: false; error: string } {
  const parsed = parseHostPattern(input);
  if (!parsed.ok) return parsed;
  const vendor = ADAPTERS.find((a) => a.hosts.some((p) => hostMatches(p, parsed.host.replace(/^\*\./, 'x.'))));
  if (vendor) return { ok: false, error: `${parsed.host} is ${vendor.label}'s own domain: Closeward already works there.` };
  if (existing.some((d) => d.host === parsed.host)) return { ok: false, error: `${parsed.host} is already in the list.` };
  return parsed;
}

/**
 * Asks the browser for this one host (must be called from the click handler, before any
 * other await), then registers the content script there so the sidebar appears after a
 * reload and after a browser restart.
 */
export async function addCustomDomain(host: string, crm: CrmId, now = Date.now()): Promise<AddResult> {
  let granted: boolean;
  try {
    granted = await browser.permissions.request({ origins: originsFor(host) });
  } catch (error) {
    return { ok: false, error: `The browser would not ask for access to ${host}: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (!granted) return { ok: false, error: `Access to ${host} was not granted, so Closeward cannot show its sidebar there.` };
  const domain: CustomDomain = { host, crm, addedAt: now };
  try {
    await register(domain);
  } catch (error) {
    return { ok: false, error: `Could not start Closeward on ${host}: ${error instanceof Error ? error.message : String(error)}` };
  }
  const domains = (await listCustomDomains()).filter((d) => d.host !== host);
  await save([...domains, domain]);
  return { ok: true, domain };
}

/** Unregisters the content script, forgets the domain and gives the permission back. */
export async function removeCustomDomain(host: string): Promise<void> {
  await unregister(host);
  await save((await listCustomDomains()).filter((d) => d.host !== host));
  // A permission the manifest requires cannot be removed; nothing else to give back then.
  await browser.permissions.remove({ origins: originsFor(host) }).catch(() => false);
}

async function register(domain: CustomDomain): Promise<void> {
  const script = {
    id: scriptIdFor(domain.host),
    matches: originsFor(domain.host),
    js: [contentScriptFor(domain.crm)],
    runAt: 'document_start' as const,
    persistAcrossSessions: true,
  };
  // Updated in place when it exists: unregistering first would leave a moment in which a
  // page loading on this domain gets no sidebar.
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [script.id] });
  if (existing.length) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  await startInOpenTabs(domain);
}

/**
 * A registration only reaches pages loaded after it. Tabs already open on the domain (the
 * one the rep added it from, tabs restored while the browser was starting) get the script
 * now, unless a live copy already runs there.
 */
async function startInOpenTabs(domain: CustomDomain): Promise<void> {
  const tabs = await browser.tabs.query({ url: originsFor(domain.host) });
  await Promise.all(
    tabs.map(async ({ id }) => {
      if (id === undefined) return;
      try {
        const [probe] = await browser.scripting.executeScript({ target: { tabId: id }, func: contentScriptRuns });
        if (probe?.result !== true) await browser.scripting.executeScript({ target: { tabId: id }, files: [injectableScriptFor(domain.crm)] });
      } catch {
        // The tab navigated away or closed meanwhile: its next load follows the registration.
      }
    }),
  );
}

async function unregister(host: string): Promise<void> {
  const id = scriptIdFor(host);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [id] });
}

/**
 * On install, update and browser start: every stored domain whose permission is still
 * granted has its script registered; a domain whose permission the rep revoked in the
 * browser's settings is dropped from the list.
 */
export async function syncCustomDomains(): Promise<void> {
  const kept: CustomDomain[] = [];
  for (const domain of await listCustomDomains()) {
    if (await browser.permissions.contains({ origins: originsFor(domain.host) })) {
      await register(domain);
      kept.push(domain);
    } else {
      await unregister(domain.host);
    }
  }
  await save(kept);
}
