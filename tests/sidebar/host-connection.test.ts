import { fakeBrowser } from 'wxt/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectToHost, newestOnly } from '../../entrypoints/sidebar/host-connection';
import type { HostMessage } from '../../lib/model/messages';

const PAGE = { crm: 'salesforce', instance: 'acme', kind: 'lead', recordId: '00Q5g00000AbCdEEAV', key: 'salesforce:acme:lead:00Q5g00000AbCdEEAV', name: 'Jane Doe' } as const;
const record = (seq: number | undefined, name = 'Jane Doe') => ({ type: 'record', page: { ...PAGE, name }, url: 'https://acme.lightning.force.com/x', ...(seq === undefined ? {} : { seq }) });

describe('newestOnly', () => {
  it('passes messages in order and drops a record or layout message older than one it passed', () => {
    const got: HostMessage[] = [];
    const receive = newestOnly((m) => got.push(m));
    receive(record(2, 'Second'));
    receive(record(1, 'First, overtaken'));
    receive({ type: 'layout', collapsed: true, seq: 1 });
    receive({ type: 'layout', collapsed: false, seq: 3 });
    receive({ type: 'layout', collapsed: true, seq: 2 });
    receive({ type: 'prefetch', key: 'salesforce:acme:lead:00Q5g00000AbCdEEAV' });
    receive(record(undefined, 'Unnumbered'));
    receive({ type: 'record', page: 'not a page', url: 1 });
    expect(got.map((m) => (m.type === 'record' ? `record ${m.page?.name}` : m.type === 'layout' ? `layout ${m.collapsed}` : m.type))).toEqual([
      'record Second',
      'layout true',
      'layout false',
      'prefetch',
      'record Unnumbered',
    ]);
  });
});

describe('connectToHost', () => {
  const sent: unknown[] = [];
  const listeners: ((m: unknown) => void)[] = [];
  const setUp = () => {
    const tabs = fakeBrowser.tabs as unknown as Record<string, unknown>;
    tabs.getCurrent = async () => ({ id: 7 });
    tabs.connect = () => ({
      postMessage: (m: unknown) => sent.push(m),
      onMessage: { addListener: (f: (m: unknown) => void) => listeners.push(f) },
      onDisconnect: { addListener: () => undefined },
    });
  };
  afterEach(() => {
    sent.length = 0;
    listeners.length = 0;
    delete document.documentElement.dataset.hostLane;
    vi.restoreAllMocks();
  });
  const offer = (data: unknown, port?: MessagePort) =>
    window.dispatchEvent(new MessageEvent('message', { data, source: window.parent as unknown as MessageEventSource, ports: port ? [port] : [] }));
  const settle = () => new Promise((r) => setTimeout(r, 20));

  it('asks for a lane with a fresh nonce and takes only a port that comes with it, once', async () => {
    setUp();
    const got: HostMessage[] = [];
    await connectToHost((m) => got.push(m));
    const ready = sent[0] as { type: string; lane: string };
    expect(ready.type).toBe('ready');
    expect(ready.lane).toMatch(/^[0-9a-f-]{36}$/);

    // A page script's guess, and the right nonce without a port: neither is taken.
    const guessed = new MessageChannel();
    offer({ closewardLane: '00000000-0000-4000-8000-000000000000' }, guessed.port2);
    offer({ closewardLane: ready.lane });
    guessed.port1.postMessage(record(5, 'Mallory'));
    await settle();
    expect(got).toEqual([]);
    expect(document.documentElement.dataset.hostLane).toBeUndefined();

    // The content script's port with the nonce: answered on it, and its messages arrive.
    const lane = new MessageChannel();
    const answers: unknown[] = [];
    lane.port1.onmessage = (e) => answers.push(e.data);
    offer({ closewardLane: ready.lane }, lane.port2);
    lane.port1.postMessage(record(6, 'Jane Doe'));
    await settle();
    expect(answers).toEqual([{ type: 'laneOpen' }]);
    expect(got.map((m) => m.type === 'record' && m.page?.name)).toEqual(['Jane Doe']);
    expect(document.documentElement.dataset.hostLane).toBe('open');

    // A second port with the same nonce is not taken: one lane per connection.
    const second = new MessageChannel();
    offer({ closewardLane: ready.lane }, second.port2);
    second.port1.postMessage(record(7, 'Mallory'));
    await settle();
    expect(got).toHaveLength(1);

    // The extension's port still delivers, newest first.
    listeners.forEach((f) => f(record(3, 'Old, overtaken')));
    listeners.forEach((f) => f({ type: 'layout', collapsed: true, seq: 8 }));
    expect(got.map((m) => m.type)).toEqual(['record', 'layout']);
    for (const c of [guessed, lane, second]) c.port1.close();
  });
});
