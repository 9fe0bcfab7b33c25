// Where the database is when no --db is given.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultDbPath } from './default-db-path.ts';

const cases: [string, NodeJS.ProcessEnv, string][] = [
  [
    'without SAKSKART_DB it is .sakskart/sakskart.db in the current folder',
    {},
    '/home/redaksjon/.sakskart/sakskart.db',
  ],
  ['SAKSKART_DB wins', { SAKSKART_DB: '/data/nyheter.db' }, '/data/nyheter.db'],
  [
    'a relative SAKSKART_DB is taken from the current folder',
    { SAKSKART_DB: 'arkiv/n.db' },
    '/home/redaksjon/arkiv/n.db',
  ],
  ['an empty SAKSKART_DB counts as unset', { SAKSKART_DB: ' ' }, '/home/redaksjon/.sakskart/sakskart.db'],
];

for (const [behaviour, env, expected] of cases) {
  test(`default db path: ${behaviour}`, () => {
    assert.equal(defaultDbPath(env, '/home/redaksjon'), expected);
  });
}
