import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { contentScriptRuns } from '../../lib/content/presence';
import { STORAGE_KEY, syncCustomDomains } from '../../lib/domains/custom-domains';

// The fake browser has no scripting API: a small one that keeps registrations and records
// each call, and tabs whose isolated world may already hold a live content script.
type Script = { id: string; js?: string[] };
let registered: Script[];
let calls: string[];
let tabs: { id: number; url: string; running: boolean }[];

beforeEach(() => {
  registered = [];
  calls = [];
  tabs = [];
  const scripting = fakeBrowser.scripting as unknown as Record<string, unknown>;
  scripting.getRegisteredContentScripts = vi.fn(async ({ ids }: { ids: string[] }) => registered.filter((s) => ids.includes(s.id)));
  scripting.registerContentScripts = vi.fn(async (scripts: Script[]) => {
    calls.push(`register ${scripts[0]!.id}`);
    registered.push(...scripts);
  });
  scripting.updateContentScripts = vi.fn(async (scripts: Script[]) => {
    calls.push(`update ${scripts[0]!.id}`);
    registered = registered.map((s) => scripts.find((u) => u.id === s.id) ?? s);
  });
  scripting.unregisterContentScripts = vi.fn(async ({ ids }: { ids: string[] }) => {
    calls.push(`unregister ${ids[0]}`);
    registered = registered.filter((s) => !ids.includes(s.id));
  });
  scripting.executeScript = vi.fn(async ({ target, func, files }: { target: { tabId: number }; func?: () => unknown; files?: string[] }) => {
    const tab = tabs.find((t) => t.id === target.tabId)!;
    if (func) {
      // Runs the real probe against this tab's isolated-world flag.
      const global = globalThis as { closewardContentScript?: boolean };
      global.closewardContentScript = tab.running;
      try {
        return [{ result: func() }];
      } finally {
        delete global.closewardContentScript;
      }
    }
    calls.push(`inject ${files!.join()} into ${tab.id}`);
    tab.running = true;
    return [{ result: undefined }];
  });
  const browser = fakeBrowser as unknown as { tabs: Record<string, unknown>; permissions: Record<string, unknown> };
  browser.tabs.query = vi.fn(async ({ url }: { url: string[] }) => tabs.filter((t) => url.some((pattern) => t.url.startsWith(pattern.replace('/*', '/')))));
  browser.permissions.contains = vi.fn(async () => true);
});

const domain = { host: 'crm.example.test', crm: 'odoo', addedAt: 1 };

describe('keeping a custom domain registered', () => {
  it('registers the script and starts it in a tab already open on the domain, not in others', async () => {
    await fakeBrowser.storage.local.set({ [STORAGE_KEY]: [domain] });
    tabs = [
      { id: 1, url: 'https://crm.example.test/odoo/crm/7', running: false },
      { id: 2, url: 'https://elsewhere.test/odoo/crm/7', running: false },
    ];
    await syncCustomDomains();
    expect(calls).toEqual(['register custom:crm.example.test', 'inject /content-scripts/odoo.js into 1']);
  });

  it('updates an existing registration in place, never leaving a gap, and does not start a second copy', async () => {
    await fakeBrowser.storage.local.set({ [STORAGE_KEY]: [domain] });
    registered = [{ id: 'custom:crm.example.test', js: ['content-scripts/odoo.js'] }];
    tabs = [{ id: 1, url: 'https://crm.example.test/odoo/crm/7', running: true }];
    await syncCustomDomains();
    expect(calls).toEqual(['update custom:crm.example.test']);
  });

  it('drops a domain whose permission was revoked, and unregisters its script', async () => {
    await fakeBrowser.storage.local.set({ [STORAGE_KEY]: [domain] });
    registered = [{ id: 'custom:crm.example.test' }];
    (fakeBrowser.permissions as unknown as { contains: unknown }).contains = vi.fn(async () => false);
    await syncCustomDomains();
    expect(calls).toEqual(['unregister custom:crm.example.test']);
    expect((await fakeBrowser.storage.local.get(STORAGE_KEY))[STORAGE_KEY]).toEqual([]);
  });
});

it('the probe reads only the isolated-world flag', () => {
  expect(contentScriptRuns()).toBe(false);
  (globalThis as { closewardContentScript?: boolean }).closewardContentScript = true;
  expect(contentScriptRuns()).toBe(true);
  delete (globalThis as { closewardContentScript?: boolean }).closewardContentScript;
});
