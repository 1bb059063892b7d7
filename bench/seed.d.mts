// Types of bench/seed.mjs for the TypeScript side of the bench (db-page.ts, model.ts).
export type SeedRow = Record<string, unknown>;
export interface SeedModel {
  criterionIds: string[];
  recordDefaults: object;
  rungIds: string[];
  /** 'every': 1–5 conversations on every record (the default); 'worked': 1–3 on one in four. */
  conversations?: ConversationProfile | undefined;
}
export type ConversationProfile = 'worked' | 'every';
export interface SeedRecord {
  key: string;
  crm: string;
  instance: string;
  kind: string;
  recordId: string;
  url: string;
  name: string;
  firstSeen: number;
  lastVisited: number;
}
export const SEED_VERSION: number;
export const DEFAULT_SEED: { records: number; conversations: ConversationProfile };
export const CONVERSATION_PROFILES: ConversationProfile[];
export const SF_INSTANCE: string;
export const HS_PORTAL: string;
export const TABLES: Record<string, (i: number, ctx: object) => SeedRow[]>;
export const NOT_PER_RECORD: Set<string>;
export const VISITS_SEEDED: number;
export function rngFor(index: number, stream?: number): () => number;
export function salesforceId18(id15: string): string;
export function recordAt(i: number): SeedRecord;
export function pageOf(record: SeedRecord): { title: string; heading: string; sub: string };
export function rowsFor(from: number, to: number, tables: string[], model: SeedModel): Record<string, SeedRow[]>;
export function planTables(dbTables: string[], wanted?: string[]): { seeded: string[]; noTable: string[]; noGenerator: string[] };
export function pickRecords(options: { n: number; count: number; stream: number; crm?: string }): SeedRecord[];
