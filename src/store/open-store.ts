// Opens the store a command works on: the dialect chosen by the location, a clear error when it is missing.
import { SakskartError } from '../errors.ts';
import { existsSync } from 'node:fs';
import { defaultDbPath } from './default-db-path.ts';
import { openSqliteStore } from './sqlite/index.ts';
import type { CorpusStore } from './store.ts';

export interface OpenStoreOptions {
  /** Create the database when it does not exist (ingest); readers (search, show, stats) leave this off. */
  create?: boolean;
}

/** Opens the database at `path` (default: defaultDbPath()); throws a human message when it cannot. */
export function openStore(path: string = defaultDbPath(), options: OpenStoreOptions = {}): CorpusStore {
  if (!options.create && path !== ':memory:' && !existsSync(path)) {
    throw new SakskartError(
      'STORE_UNAVAILABLE',
      `no sakskart database at ${path}; run \`sakskart ingest\` first or pass --db PATH`,
    );
  }
  return openSqliteStore(path);
}
