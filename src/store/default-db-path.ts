// Where the database lives when no --db is given: $SAKSKART_DB, else ./.sakskart/sakskart.db.
import { resolve } from 'node:path';

/** `$SAKSKART_DB` if set and non-empty, else `.sakskart/sakskart.db` under the current directory (absolute). */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  const fromEnv = env['SAKSKART_DB']?.trim();
  return fromEnv ? resolve(cwd, fromEnv) : resolve(cwd, '.sakskart', 'sakskart.db');
}
