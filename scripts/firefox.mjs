// Starts Debian's Firefox ESR under puppeteer-core (WebDriver BiDi) with the built Firefox
// add-on installed as a temporary add-on. Every web request goes through a local proxy that
// tunnels CRM hostnames to the fixture server and refuses everything else, writing down
// each host asked for: the end-to-end tests read that list to prove what left the browser.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox'];

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '..', '.output', 'firefox-mv3');

/** A fixed internal UUID, so the add-on's pages have a known moz-extension:// origin. */
export const EXTENSION_UUID = '5c1e0ba7-0d4f-4c3e-9a51-c105e3a2d000';

export function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FIREFOX_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error('No Firefox found. Install it with `sudo apt-get install -y firefox-esr` (Debian), ' + 'or point FIREFOX_PATH at a Firefox binary.');
  }
  return found;
}

/** The add-on id the manifest declares (browser_specific_settings.gecko.id). */
export function geckoId(extensionDir = FIREFOX_EXTENSION_DIR) {
  const manifestPath = join(extensionDir, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No Firefox build at ${extensionDir}: run \`npx wxt build -b firefox --mv3\` first.`);
  }
  const id = JSON.parse(readFileSync(manifestPath, 'utf8')).browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${manifestPath} declares no browser_specific_settings.gecko.id.`);
  return id;
}

/**
 * An HTTP proxy on 127.0.0.1: `CONNECT host:443` for an allowed host is tunnelled to the
 * fixture server; anything else is answered 403 and nothing goes out. `requests` lists every
 * `host:port` asked for, allowed or not, in order.
 *
 * @param {{ fixturePort: number, allow: (host: string) => boolean }} options
 */
export async function startRecordingProxy({ fixturePort, allow }) {
  /** @type {{ target: string, allowed: boolean }[]} */
  const requests = [];
  const sockets = new Set();
  const server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => undefined);
    client.once('data', (head) => {
      const line = head.toString('latin1').split('\r\n', 1)[0] ?? '';
      const [method = '', target = ''] = line.split(' ');
      const isConnect = method === 'CONNECT';
      // A plain HTTP request names an absolute URL; a tunnel names host:port.
      const hostPort = isConnect ? target : safeHost(target);
      const host = hostPort.replace(/:\d+$/, '');
      const allowed = isConnect && allow(host);
      requests.push({ target: hostPort, allowed });
      if (!allowed) {
        client.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\nconnection: close\r\n\r\n');
        return;
      }
      const upstream = connect(fixturePort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(client);
        client.pipe(upstream);
      });
      sockets.add(upstream);
      upstream.on('close', () => sockets.delete(upstream));
      upstream.on('error', () => client.destroy());
    });
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The proxy has no port.');
  return {
    port: address.port,
    requests,
    close: () =>
      new Promise((done) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => done(undefined));
      }),
  };
}

/** @param {string} url */
function safeHost(url) {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * Prefs that keep Firefox from calling home and send every request through the proxy.
 * @param {number} proxyPort
 * @param {string} addonId
 */
export function firefoxPrefs(proxyPort, addonId) {
  return {
    'xpinstall.signatures.required': false,
    'extensions.webextensions.uuids': JSON.stringify({ [addonId]: EXTENSION_UUID }),
    // Every request, whatever the host, goes to the recording proxy.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.predictor.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'captivedetect.canonicalURL': '',
    'dom.security.https_only_mode': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.topsites.contile.enabled': false,
    'browser.newtabpage.activity-stream.feeds.section.topstories': false,
    'browser.newtabpage.activity-stream.feeds.topsites': false,
    'browser.newtabpage.activity-stream.default.sites': '',
    'browser.aboutwelcome.enabled': false,
    'browser.discovery.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'extensions.blocklist.enabled': false,
    'extensions.getAddons.showPane': false,
    'extensions.htmlaboutaddons.recommendations.enabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.server': '',
    'toolkit.telemetry.unified': false,
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    'browser.ml.enable': false,
    'sidebar.revamp': false,
  };
}

/**
 * Firefox with the built add-on installed temporarily. `send` speaks raw WebDriver BiDi
 * (chrome-scope contexts need `--remote-allow-system-access`, which is passed here).
 *
 * @param {{ proxyPort: number, extensionDir?: string, headless?: boolean, prefs?: Record<string, string | number | boolean> }} options
 */
export async function launchFirefoxWithExtension({ proxyPort, extensionDir = FIREFOX_EXTENSION_DIR, headless = true, prefs = {} }) {
  const addonId = geckoId(extensionDir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless,
    acceptInsecureCerts: true,
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { ...firefoxPrefs(proxyPort, addonId), ...prefs },
    userDataDir: mkdtempSync(join(tmpdir(), 'closeward-firefox-')),
    defaultViewport: { width: 1280, height: 860 },
  });
  const installedId = await browser.installExtension(extensionDir);
  if (installedId !== addonId) throw new Error(`Installed add-on ${installedId}, expected ${addonId}.`);
  /** @param {string} method @param {object} params */
  const send = async (method, params) => {
    const { connection } = /** @type {{ connection: { send(m: string, p: object): Promise<{ result: unknown }> } }} */ (/** @type {unknown} */ (browser));
    return (await connection.send(method, params)).result;
  };
  return { browser, addonId, origin: `moz-extension://${EXTENSION_UUID}`, send };
}

// `node scripts/firefox.mjs --check`: says which Firefox the tests will use, or how to get one.
if (process.argv[1] === import.meta.filename && process.argv.includes('--check')) {
  try {
    console.log(`Firefox: ${findFirefox()}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
