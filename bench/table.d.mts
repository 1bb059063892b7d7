// Types of bench/table.mjs for the TypeScript side (its test).
export const TABLE_START: string;
export const TABLE_END: string;
export function renderTable(entries: unknown): string;
export function replaceTable(doc: string, table: string): string;
