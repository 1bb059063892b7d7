/** The extension's one database (lib/db/database.ts), named apart from Dexie's code. */
export const DB_NAME = 'closeward';
