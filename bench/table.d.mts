// Types of bench/table.mjs for the TypeScript side (its test).
export const TABLE_START: string;
export const TABLE_END: string;
export const SUMMARY_START: string;
export const SUMMARY_END: string;
export function renderTable(entries: unknown): string;
export function renderSummary(entries: unknown): string;
export function replaceTable(doc: string, table: string, startMarker?: string, endMarker?: string): string;
