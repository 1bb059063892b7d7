// The recognizer's cost per URL over every adapter's table of real URL forms,
// against a plain `new URL()` of the same strings. Runs in Node on the product's own code.
import { importTs } from './build.mjs';
import { metric, summarize } from './stats.mjs';

/** @type {import('./stats.mjs').Descriptor} */
export const RECOGNIZER = {
  id: 'recognizer.perUrl',
  name: 'recognizer per URL',
  unit: 'µs',
  budget: { on: 'ratio', max: 3, text: '≤ 3× new URL()' },
};

/**
 * @typedef {{ recognize: typeof import('../lib/crm/index').recognize, ALL_CASES: typeof import('../lib/crm/cases').ALL_CASES }} Recognizer
 * @typedef {import('../lib/crm/index').RecognizeInput & { positive: boolean, adapter: string }} Input a case of an adapter's table
 */

/**
 * The recognizer and the case tables, bundled from TypeScript.
 * @returns {Promise<Recognizer>}
 */
export async function loadRecognizer() {
  return /** @type {Promise<Recognizer>} */ (
    importTs({
      contents: `export { recognize } from './lib/crm/index';\nexport { ALL_CASES } from './lib/crm/cases';\n`,
    })
  );
}

/**
 * Times `fn` over all inputs `reps` times; µs per input.
 * @param {Input[]} inputs
 * @param {number} reps
 * @param {(input: Input) => number} fn
 */
function timeLoop(inputs, reps, fn) {
  let sink = 0;
  const t = performance.now();
  for (let r = 0; r < reps; r++) {
    for (let i = 0; i < inputs.length; i++) sink += fn(/** @type {Input} */ (inputs[i]));
  }
  const ms = performance.now() - t;
  if (sink === -1) console.log(sink);
  return (ms * 1000) / (reps * inputs.length);
}

export async function recognizerMetric({ samples = 150 } = {}) {
  const { recognize, ALL_CASES } = await loadRecognizer();
  /** @type {Input[]} */
  const inputs = [];
  let positives = 0;
  let recognized = 0;
  for (const [crm, table] of Object.entries(ALL_CASES)) {
    for (const c of table.positive) inputs.push({ url: c.url, title: c.title, crm: c.crm, positive: true, adapter: crm });
    for (const c of table.negative) inputs.push({ url: c.url, title: c.title, crm: c.crm, positive: false, adapter: crm });
  }
  if (!inputs.length) throw new Error('ALL_CASES is empty');
  // Sanity: the bench measures the recognizer doing its real job.
  for (const input of inputs) {
    const found = recognize({ url: input.url, title: input.title, crm: input.crm });
    if (input.positive) positives++;
    if (input.positive && found) recognized++;
  }
  /** @param {Input} x */
  const viaRecognize = (x) => (recognize(x) ? 1 : 0);
  /** @param {Input} x */
  const viaUrl = (x) => {
    try {
      return new URL(x.url).pathname.length;
    } catch {
      return 0;
    }
  };
  // Repetitions so that one sample lasts about 1 ms (timer noise about 0.1%); short samples,
  // alternated, so both sides see the same moments of a busy machine.
  const probe = timeLoop(inputs, 20, viaRecognize);
  const reps = Math.max(3, Math.round(1000 / (probe * inputs.length)));
  for (let w = 0; w < 10; w++) {
    timeLoop(inputs, reps, viaRecognize);
    timeLoop(inputs, reps, viaUrl);
  }
  const rec = [];
  const url = [];
  for (let s = 0; s < samples; s++) {
    if (s % 2 === 0) {
      rec.push(timeLoop(inputs, reps, viaRecognize));
      url.push(timeLoop(inputs, reps, viaUrl));
    } else {
      url.push(timeLoop(inputs, reps, viaUrl));
      rec.push(timeLoop(inputs, reps, viaRecognize));
    }
  }
  // The slowest adapters, to point at when the budget is missed.
  /** @type {Record<string, { urls: number, recognizeUs: number, urlUs: number, ratio: number }>} */
  const perAdapter = {};
  for (const crm of Object.keys(ALL_CASES)) {
    const mine = inputs.filter((x) => x.adapter === crm);
    // Nine samples each: their medians are numbers.
    const r = /** @type {number} */ (summarize(Array.from({ length: 9 }, () => timeLoop(mine, reps, viaRecognize))).p50);
    const u = /** @type {number} */ (summarize(Array.from({ length: 9 }, () => timeLoop(mine, reps, viaUrl))).p50);
    perAdapter[crm] = { urls: mine.length, recognizeUs: Number(r.toFixed(3)), urlUs: Number(u.toFixed(3)), ratio: Number((r / u).toFixed(2)) };
  }
  const worst = Object.entries(perAdapter)
    .sort((a, b) => b[1].ratio - a[1].ratio)
    .slice(0, 3)
    .map(([crm, x]) => `${crm} ${x.ratio}×`)
    .join(', ');
  return metric({
    ...RECOGNIZER,
    samples: rec,
    baseline: { name: 'new URL()', samples: url },
    note: `${inputs.length} URLs from ${Object.keys(ALL_CASES).length} adapters (${recognized}/${positives} positives recognized); highest ratios: ${worst}`,
    extra: { perAdapter, reps },
  });
}
