// The SQLite dialect of the Store: the default, embedded database.
import type { CorpusStore } from '../store.ts';
import { SqliteStore } from './sqlite-store.ts';

/** Opens the SQLite database at `path` (created with its folder if missing; ':memory:' for a throwaway one). */
export function openSqliteStore(path: string): CorpusStore {
  return new SqliteStore(path);
}

export { migrations, latestSchemaVersion } from './migrations.ts';
