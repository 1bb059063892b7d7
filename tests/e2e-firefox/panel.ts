// Drives the add-on's document inside Firefox's sidebar. WebDriver BiDi lists the sidebar
// only as a chrome-scope context (chrome://browser/content/webext-panels.xhtml); the panel
// itself is a remote <browser> in the extension process, which BiDi does not list. From the
// chrome context we load a frame script into that <browser>: it runs in the extension
// process beside the panel, evaluates code in the panel's own realm (with `browser.*`), and
// sends trusted mouse and key events with Firefox's own automation helpers.

export type BidiSend = (method: string, params: object) => Promise<unknown>;

interface TreeContext {
  context: string;
  url: string;
  children?: TreeContext[] | null;
  'moz:name'?: string;
}

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text?: string };
}

/** What the frame script sends back: JSON of the value, or the error's text. */
interface FrameReply {
  ok: boolean;
  json?: string;
  error?: string;
}

let calls = 0;

/**
 * Frame script source. `body` is an async function expression that receives `content` and
 * helpers and returns a JSON-serialisable value.
 */
function frameScript(id: string, body: string): string {
  return `(() => {
  const reply = (data) => sendAsyncMessage(${JSON.stringify(id)}, data);
  const inPanel = (source) => {
    const sandbox = Cu.Sandbox(content, { sandboxPrototype: content, wantXrays: false });
    return Cu.evalInSandbox(source, sandbox);
  };
  // Firefox's own automation helpers (the ones WebDriver uses), loaded for the panel's window.
  const events = { window: content, parent: content, _EU_Ci: Ci, _EU_Cc: Cc };
  Services.scriptloader.loadSubScript('chrome://remote/content/external/EventUtils.js', events);
  const target = (selector) => {
    const el = content.document.querySelector(selector);
    if (!el) throw new Error('No element matches ' + selector + ' in the panel');
    el.scrollIntoView({ block: 'center' });
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) throw new Error(selector + ' is not visible in the panel');
    const hit = content.document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    if (!hit || (hit !== el && !el.contains(hit))) throw new Error(selector + ' is covered in the panel');
    return el;
  };
  const click = (selector) => events.synthesizeMouseAtCenter(target(selector), {}, content);
  const type = (text) => events.sendString(text, content);
  Promise.resolve()
    .then(() => (${body})({ inPanel, click, type }))
    .then((value) => reply({ ok: true, json: JSON.stringify(value === undefined ? null : value) }),
          (error) => reply({ ok: false, error: String(error && error.message || error) }));
})();`;
}

export class FirefoxPanel {
  constructor(
    private readonly send: BidiSend,
    private readonly panelUrl: string,
  ) {}

  /** The chrome-scope context of a browser window's sidebar that shows our panel. */
  async sidebarContext(timeout = 10_000): Promise<string> {
    const until = Date.now() + timeout;
    let last = 'no sidebar';
    while (Date.now() < until) {
      const tree = (await this.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as { contexts: TreeContext[] };
      for (const window of tree.contexts) {
        const sidebar = window.children?.find((c) => c['moz:name'] === 'sidebar');
        if (!sidebar) continue;
        const uri = await this.chrome(sidebar.context, `document.getElementById('webext-panels-browser')?.currentURI?.spec ?? null`);
        if (typeof uri === 'string' && uri.startsWith(this.panelUrl)) return sidebar.context;
        last = `the sidebar shows ${String(uri ?? sidebar.url)}`;
      }
      await sleep(50);
    }
    throw new Error(`Our panel is not in Firefox's sidebar (${last}).`);
  }

  /** The chrome-scope context of the (first) browser window: toolbar, keys, sidebar box. */
  async windowContext(): Promise<string> {
    const tree = (await this.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as { contexts: TreeContext[] };
    const window = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!window) throw new Error('No browser window in the chrome-scope tree.');
    return window.context;
  }

  /** Evaluates an expression in a chrome-scope context (privileged browser UI). */
  async chrome(context: string, expression: string): Promise<unknown> {
    const answer = (await this.send('script.evaluate', {
      expression,
      target: { context },
      awaitPromise: true,
    })) as EvaluateResult;
    if (answer.type !== 'success') throw new Error(`Chrome-scope evaluation failed: ${answer.exceptionDetails?.text ?? 'unknown'}`);
    return answer.result?.value ?? null;
  }

  private async run<T>(body: string): Promise<T> {
    const context = await this.sidebarContext();
    const id = `closeward-test:${++calls}`;
    const script = frameScript(id, body);
    const reply = (await this.chrome(
      context,
      `new Promise((resolve) => {
        const mm = document.getElementById('webext-panels-browser').messageManager;
        const timer = setTimeout(() => resolve(JSON.stringify({ ok: false, error: 'The panel did not answer' })), 10000);
        mm.addMessageListener(${JSON.stringify(id)}, function listener(message) {
          mm.removeMessageListener(${JSON.stringify(id)}, listener);
          clearTimeout(timer);
          resolve(JSON.stringify(message.data));
        });
        mm.loadFrameScript('data:text/javascript;charset=utf-8,' + encodeURIComponent(${JSON.stringify(script)}), false);
      })`,
    )) as string;
    const data = JSON.parse(reply) as FrameReply;
    if (!data.ok) throw new Error(data.error ?? 'The panel refused');
    return JSON.parse(data.json ?? 'null') as T;
  }

  /**
   * Runs `fn(arg)` in the panel's own realm (an extension page: `browser.*`, `document`) and
   * returns its JSON-serialisable result. `fn` must not close over anything.
   */
  async evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<Awaited<T>> {
    // Serialised inside the panel's realm, so only plain data crosses over.
    const source = `Promise.resolve((${fn.toString()})(${JSON.stringify(arg ?? null)})).then((v) => JSON.stringify(v === undefined ? null : v))`;
    const json = await this.run<string>(`async ({ inPanel }) => inPanel(${JSON.stringify(source)})`);
    return JSON.parse(json) as Awaited<T>;
  }

  /** Polls `fn(arg)` in the panel until it returns a truthy value, and returns that value. */
  async waitFor<T, A = undefined>(fn: (arg: A) => T, arg?: A, timeout = 10_000, what = 'the panel'): Promise<Awaited<T>> {
    const until = Date.now() + timeout;
    let value: Awaited<T> | undefined;
    while (Date.now() < until) {
      value = await this.evaluate(fn, arg);
      if (value) return value;
      await sleep(50);
    }
    throw new Error(`Timed out waiting for ${what} (last: ${JSON.stringify(value)})`);
  }

  /** A trusted click in the middle of the element (it must be visible and on top). */
  click(selector: string): Promise<void> {
    return this.run(`async ({ click }) => click(${JSON.stringify(selector)})`);
  }

  /** Clicks the field, selects what it holds and types `text` over it, key by key. */
  fill(selector: string, text: string): Promise<void> {
    return this.run(`async ({ click, type }) => {
      click(${JSON.stringify(selector)});
      const el = content.document.querySelector(${JSON.stringify(selector)});
      el.select();
      type(${JSON.stringify(text)});
    }`);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}
