// Seed data for the storage benchmarks: a rep's database after years of use.
// Deterministic per record index (record i is the same in every run and in every context),
// so the runner in Node can name the records the browser seeded without reading them back.
// Plain JavaScript: imported by the runner in Node and bundled into the extension page.
//
// Adding a table (schema v2 and later): add a generator to TABLES below. `rows(i, ctx)`
// returns the rows of that table belonging to record i. Tables the database does not
// have are skipped, and tables the database has without a generator are reported, so the
// runner says what is missing instead of silently seeding less.

export const SEED_VERSION = 4;

/** How much to seed by default: 100k records, each with the full checklist. */
export const DEFAULT_SEED = { records: 100_000, conversations: 'every' };
export const CONVERSATION_PROFILES = ['worked', 'every'];

/** The year the data is spread over (firstSeen/lastVisited), fixed so runs are comparable. */
const T_START = Date.UTC(2023, 0, 1);
const T_END = Date.UTC(2026, 6, 1);

// --- deterministic randomness -------------------------------------------------------------

/** A small fast PRNG (mulberry32) seeded from a record index and a stream number. */
export function rngFor(index, stream = 0) {
  let a = (Math.imul(index + 1, 0x9e3779b1) ^ Math.imul(stream + 7, 0x85ebca6b)) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];
const between = (rnd, lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));

// --- words ------------------------------------------------------------------------------

const FIRST = [
  'Jane',
  'Omar',
  'Priya',
  'Lena',
  'Mateo',
  'Aiko',
  'Chloé',
  'Dmitri',
  'Fatima',
  'Grace',
  'Hiroshi',
  'Ines',
  'Jonas',
  'Kwame',
  'Lucía',
  'Marek',
  'Nadia',
  'Oliver',
  'Paula',
  'Quentin',
  'Rosa',
  'Samuel',
  'Tomasz',
  'Ulla',
  'Vikram',
  'Wen',
  'Yusuf',
  'Zoë',
  'Anna-Lena',
  'Jean-Baptiste',
];
const LAST = [
  'Doe',
  'Haddad',
  'Raman',
  'Fischer',
  'García',
  'Tanaka',
  'Dubois',
  'Ivanov',
  'Rahman',
  'Okafor',
  'Nakamura',
  'Ferreira',
  'Larsen',
  'Mensah',
  'Martínez',
  'Nowak',
  'Karimi',
  'Smith',
  'Rossi',
  'Lefebvre',
  'Costa',
  'Cohen',
  'Kowalski',
  'Lindqvist',
  'Patel',
  'Zhang',
  'Yilmaz',
  'Van der Berg',
  'Fitzgerald-Moore',
  'Ó Súilleabháin',
];
const COMPANY_A = [
  'Northwind',
  'Globex',
  'Initech',
  'Umbrella',
  'Stark',
  'Wayne',
  'Tyrell',
  'Cyberdyne',
  'Hooli',
  'Vandelay',
  'Soylent',
  'Massive Dynamic',
  'Acme',
  'Oscorp',
  'Wonka',
  'Gringotts',
  'Aperture',
  'Black Mesa',
  'Blue Sun',
  'Nakatomi',
];
const COMPANY_B = [
  'Logistics',
  'Industries',
  'Health',
  'Foods',
  'Energy',
  'Systems',
  'Capital',
  'Labs',
  'Retail',
  'Manufacturing',
  'Software',
  'Group',
  'Holdings',
  'Pharma',
  'Freight',
];
const DEAL = ['Renewal', 'Expansion', 'Pilot', 'Migration', 'New logo', 'Upsell', 'Platform rollout', 'Security add-on'];
const NOTE_WORDS = [
  'CFO',
  'confirmed',
  'budget',
  'for',
  'Q3',
  'said',
  'procurement',
  'needs',
  'three',
  'quotes',
  'champion',
  'is',
  'the',
  'head',
  'of',
  'ops',
  'legal',
  'review',
  'takes',
  'six',
  'weeks',
  'they',
  'use',
  'a',
  'competitor',
  'today',
  'contract',
  'ends',
  'in',
  'March',
  'pain',
  'manual',
  'reporting',
  'asked',
  'about',
  'pricing',
  'tiers',
  'board',
  'meeting',
  'decides',
  'on',
  'the',
  '15th',
  'IT',
  'wants',
  'SSO',
  'and',
  'audit',
  'logs',
  'sent',
  'deck',
  'after',
  'call',
  'no',
  'budget',
  'until',
  'next',
  'fiscal',
  'year',
  'VP',
  'Sales',
  'signs',
  'above',
  '€50k',
];

/**
 * Words joined once at the end: adding them to a string one by one leaves a rope of ~30 small
 * pieces per text in V8 (the default seed took 2.1 GB of heap in Node instead of 0.9 GB, and
 * 5–27 s to generate in the extension page instead of 3–11 s). Same text either way.
 */
function sentence(rnd, minChars, maxChars) {
  const target = between(rnd, minChars, maxChars);
  const words = [];
  let length = 0;
  while (length < target) {
    const word = pick(rnd, NOTE_WORDS);
    let piece = words.length ? ` ${word}` : word[0].toUpperCase() + word.slice(1);
    if (rnd() < 0.08) piece += '.';
    words.push(piece);
    length += piece.length;
  }
  const text = words.join('');
  return length > maxChars ? text.slice(0, maxChars) : text;
}

/** Evidence as reps write it: often nothing, usually a line, sometimes a paragraph. */
function evidence(rnd, status) {
  if (status === 'unknown') return rnd() < 0.85 ? '' : sentence(rnd, 10, 60);
  const r = rnd();
  if (r < 0.1) return '';
  if (r < 0.75) return sentence(rnd, 20, 120);
  return sentence(rnd, 120, 600);
}

// --- CRM ids and URLs ---------------------------------------------------------------------

const SF_PREFIX = { lead: '00Q', opportunity: '006', contact: '003', account: '001' };
const SF_OBJECT = { lead: 'Lead', opportunity: 'Opportunity', contact: 'Contact', account: 'Account' };
const HS_TYPE = { lead: '0-136', opportunity: '0-3', contact: '0-1', account: '0-2' };
const KIND_LABEL = { lead: 'Lead', opportunity: 'Opportunity', contact: 'Contact', account: 'Account' };
const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SF_SUFFIX = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** Salesforce's 18-character form of a 15-character id (three case-checksum characters). */
export function salesforceId18(id15) {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charCodeAt(chunk * 5 + i);
      if (c >= 65 && c <= 90) bits |= 1 << i;
    }
    suffix += SF_SUFFIX[bits];
  }
  return id15 + suffix;
}

function base62(n, width) {
  let s = '';
  for (let i = 0; i < width; i++) {
    s = B62[n % 62] + s;
    n = Math.floor(n / 62);
  }
  return s;
}

export const SF_INSTANCE = 'acme';
export const HS_PORTAL = '4411223';

// --- the record of index i ------------------------------------------------------------------

/** Record i: 70% Salesforce (org "acme"), 30% HubSpot (portal 4411223). */
export function recordAt(i) {
  const rnd = rngFor(i, 1);
  const r = rnd();
  const kind = r < 0.4 ? 'lead' : r < 0.7 ? 'opportunity' : r < 0.9 ? 'contact' : 'account';
  const salesforce = rnd() < 0.7;
  const company = `${pick(rnd, COMPANY_A)} ${pick(rnd, COMPANY_B)}`;
  const name =
    kind === 'account'
      ? company
      : kind === 'opportunity'
        ? `${company} ${pick(rnd, DEAL)} ${between(rnd, 2024, 2028)}`
        : `${pick(rnd, FIRST)} ${pick(rnd, LAST)}`;
  let recordId;
  let url;
  let instance;
  if (salesforce) {
    instance = SF_INSTANCE;
    recordId = salesforceId18(`${SF_PREFIX[kind]}5g0000${base62(i * 7 + 11, 6)}`);
    url = `https://${instance}.lightning.force.com/lightning/r/${SF_OBJECT[kind]}/${recordId}/view`;
  } else {
    instance = HS_PORTAL;
    recordId = String(100000 + i * 13);
    url = `https://app.hubspot.com/contacts/${instance}/record/${HS_TYPE[kind]}/${recordId}`;
  }
  const crm = salesforce ? 'salesforce' : 'hubspot';
  const firstSeen = T_START + Math.floor(rnd() * (T_END - T_START - 86_400_000));
  const lastVisited = firstSeen + Math.floor(rnd() * (T_END - firstSeen));
  return { key: `${crm}:${instance}:${kind}:${recordId}`, crm, instance, kind, recordId, url, name, firstSeen, lastVisited };
}

/** What the CRM page of record i shows: its title, as the CRM writes it, and the heading. */
export function pageOf(record) {
  const title = record.crm === 'salesforce' ? `${record.name} | ${KIND_LABEL[record.kind]} | Salesforce` : `${record.name} | ${KIND_LABEL[record.kind]}`;
  return { title, heading: record.name, sub: `${KIND_LABEL[record.kind]} · ${record.instance}` };
}

const STATUSES = [
  ['unknown', 0.45],
  ['confirmed', 0.75],
  ['atRisk', 0.9],
  ['no', 1],
];

// --- generators per table ---------------------------------------------------------------------

/** The checklist answers of record i, one per criterion of the template, in its order. */
function answersOf(i, ctx) {
  const rnd = rngFor(i, 2);
  return ctx.criterionIds.map((criterionId) => {
    const x = rnd();
    const status = STATUSES.find(([, upTo]) => x < upTo)[0];
    const at = ctx.record.firstSeen + Math.floor(rnd() * (ctx.record.lastVisited - ctx.record.firstSeen + 1));
    const text = evidence(rnd, status);
    const row = { recordKey: ctx.record.key, criterionId, status, evidence: text, fieldTimes: {} };
    if (status !== 'unknown' || text) {
      row.verifiedAt = at;
      row.fieldTimes = { status: at, evidence: at, verifiedAt: at };
    }
    return row;
  });
}

/**
 * Table name → rows of record i. `ctx.record` is record i's identity; `ctx.criterionIds`,
 * `ctx.recordDefaults` and `ctx.rungIds` come from the product's model (passed in by the
 * extension page, so the seed follows the product as it changes).
 */
export const TABLES = {
  // The identity of record i plus the rep's workflow fields, for those fields the product's
  // empty record has (ctx.recordDefaults: emptyRecordFields() of lib/model/stored-record).
  records: (i, ctx) => {
    const rnd = rngFor(i, 5);
    const defaults = ctx.recordDefaults ?? {};
    const row = { ...JSON.parse(JSON.stringify(defaults)), ...ctx.record };
    const at = ctx.record.lastVisited;
    const times = {};
    const set = (field, value) => {
      if (!(field in defaults)) return;
      row[field] = value;
      times[field] = at;
    };
    if (rnd() < 0.35) set('nextMicroConversion', sentence(rnd, 15, 70));
    if (rnd() < 0.3) set('callPurpose', `By the end of the call, they will ${sentence(rnd, 20, 110).toLowerCase()}`);
    if (rnd() < 0.2) set('targetDate', new Date(at + between(rnd, 1, 60) * 86_400_000).toISOString().slice(0, 10));
    if (rnd() < 0.6) set('source', pick(rnd, ['Inbound web form', 'Referral', 'Trade show', 'Cold call', 'Webinar', 'Partner']));
    if (rnd() < 0.4)
      set(
        'problems',
        Array.from({ length: between(rnd, 1, 3) }, (_, k) => ({ id: `p-${i}-${k}`, text: sentence(rnd, 20, 150) })),
      );
    if (ctx.rungIds?.length && rnd() < 0.5) {
      row.lastRungId = pick(rnd, ctx.rungIds);
      row.lastRungAt = at;
      times.lastRungId = at;
      times.lastRungAt = at;
    }
    if ('fieldTimes' in defaults) row.fieldTimes = times;
    return [row];
  },

  // Schema v3: one row per record with all its answers, sorted by criterionId (the answers
  // are drawn in the template's order, so the data is the same as when they were rows).
  checklists: (i, ctx) => {
    const answers = answersOf(i, ctx).map(({ recordKey: _key, ...answer }) => answer);
    answers.sort((a, b) => (a.criterionId < b.criterionId ? -1 : a.criterionId > b.criterionId ? 1 : 0));
    return [{ recordKey: ctx.record.key, answers }];
  },

  // Schema v2: the people, the logged conversations and the call-backs. Most records a rep
  // opens are looked at, not worked: about one in six has a buying team noted, one in four
  // a logged conversation.
  stakeholders: (i, ctx) => {
    const rnd = rngFor(i, 3);
    const n = rnd() < 0.85 ? 0 : between(rnd, 1, 3);
    const roles = ['decisionMaker', 'coach', 'economicBuyer', 'endUser', 'influencer', 'blocker', 'other'];
    return Array.from({ length: n }, (_, k) => {
      const at = ctx.record.firstSeen + k * 3_600_000;
      return {
        id: `s-${i}-${k}`,
        recordKey: ctx.record.key,
        name: `${pick(rnd, FIRST)} ${pick(rnd, LAST)}`,
        title: pick(rnd, ['CFO', 'Head of Operations', 'IT Director', 'VP Sales', 'Procurement lead', 'Office manager']),
        role: pick(rnd, roles),
        needs: rnd() < 0.5 ? '' : sentence(rnd, 20, 160),
        createdAt: at,
        fieldTimes: { name: at, title: at, role: at, needs: at },
      };
    });
  },

  // ctx.conversations 'every' (the default): 1–5 on every record. 'worked'
  // (`--conversations worked`): one record in four has 1–3, about 250,000 rows fewer.
  conversations: (i, ctx) => {
    const rnd = rngFor(i, 4);
    const n = ctx.conversations === 'every' ? between(rnd, 1, 5) : rnd() < 0.75 ? 0 : between(rnd, 1, 3);
    const span = ctx.record.lastVisited - ctx.record.firstSeen;
    return Array.from({ length: n }, (_, k) => {
      const at = ctx.record.firstSeen + Math.floor((span * (k + 1)) / (n + 1));
      const o = rnd();
      const outcome =
        o < 0.45
          ? { kind: 'advanced', rungId: pick(rnd, ctx.rungIds?.length ? ctx.rungIds : ['firstMeeting', 'discovery']), won: sentence(rnd, 10, 60) }
          : o < 0.6
            ? { kind: 'notMe', referral: { name: `${pick(rnd, FIRST)} ${pick(rnd, LAST)}`, role: 'Procurement', reach: 'ask the front desk' } }
            : o < 0.9
              ? { kind: 'notNow', followUpAt: at + 90 * 86_400_000, reason: sentence(rnd, 10, 80) }
              : { kind: 'lost', reason: sentence(rnd, 10, 80) };
      return { id: `c-${i}-${k}`, recordKey: ctx.record.key, at, loggedAt: at + 60_000, outcome, noteToFutureSelf: sentence(rnd, 30, 400) };
    });
  },

  // Schema v5: the bounded list of records the rep opened (the newest 1,000). The first
  // 1,000 records stand in for them, with their own visit times.
  visits: (i, ctx) => {
    if (i >= VISITS_SEEDED) return [];
    const { key, crm, instance, kind, recordId, url, name, firstSeen, lastVisited } = ctx.record;
    return [{ key, crm, instance, kind, recordId, url, name, firstSeen, lastVisited }];
  },

  followUps: (i, ctx) => {
    const conversations = ctx.rowsOf('conversations');
    return conversations
      .filter((c) => c.outcome.kind === 'notNow')
      .map((c, k, all) => ({
        id: `f-${i}-${k}`,
        recordKey: ctx.record.key,
        dueAt: c.outcome.followUpAt,
        reason: c.outcome.reason,
        status: k === all.length - 1 ? 'open' : 'done',
        conversationId: c.id,
        createdAt: c.loggedAt,
        ...(k === all.length - 1 ? {} : { doneAt: c.outcome.followUpAt }),
      }));
  },
};

/** How many records have a visit row: the product keeps the newest 1,000. */
export const VISITS_SEEDED = 1000;

/** Tables filled with one row per database, not per record: left to the product's own populate. */
export const NOT_PER_RECORD = new Set(['settings']);

/**
 * The rows of records [from, to) for the tables named in `tables`, as { table: rows[] }.
 * `model`: { criterionIds, recordDefaults, rungIds } from the product. Generators may read
 * another table's rows of the same record (ctx.rowsOf).
 */
export function rowsFor(from, to, tables, model) {
  const out = Object.fromEntries(tables.map((t) => [t, []]));
  for (let i = from; i < to; i++) {
    const own = {};
    const ctx = {
      ...model,
      record: recordAt(i),
      rowsOf: (table) => own[table] ?? (own[table] = TABLES[table](i, ctx)),
    };
    for (const table of tables) {
      const rows = ctx.rowsOf(table);
      for (const row of rows) out[table].push(row);
    }
  }
  return out;
}

/** Which tables a database with these table names can be seeded with, and what is left out. */
export function planTables(dbTables, wanted = Object.keys(TABLES)) {
  const names = new Set(dbTables);
  return {
    seeded: wanted.filter((t) => names.has(t) && TABLES[t]),
    noTable: wanted.filter((t) => !names.has(t)),
    noGenerator: dbTables.filter((t) => !TABLES[t] && !NOT_PER_RECORD.has(t)),
  };
}

/**
 * `count` seeded records of one CRM, spread over [0, n) and starting at a different place
 * per `stream`, for pages the benchmarks open (each use gets records of its own).
 */
export function pickRecords({ n, count, stream, crm = 'salesforce' }) {
  const out = [];
  const seen = new Set();
  const rnd = rngFor(stream, 500);
  for (let tries = 0; out.length < count && tries < count * 50; tries++) {
    const i = Math.floor(rnd() * n);
    if (seen.has(i)) continue;
    seen.add(i);
    const record = recordAt(i);
    if (record.crm === crm) out.push(record);
  }
  if (out.length < count) throw new Error(`only ${out.length} ${crm} records among the first ${n}`);
  return out;
}
