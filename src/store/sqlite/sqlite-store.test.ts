// Runs the shared Store suite on a temp-file SQLite database, plus what only the SQLite file can show.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { runStoreSuite } from '../store-suite.ts';
import { fixtureArticles } from '../store-fixtures.ts';
import { migrations, openSqliteStore } from './index.ts';

const tempDir = () => mkdtempSync(join(tmpdir(), 'sakskart-store-'));

runStoreSuite('sqlite', () => {
  const dir = tempDir();
  return {
    open: () => openSqliteStore(join(dir, 'test.db')),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
});

test('migrations run once, however often the database is opened', async () => {
  const dir = tempDir();
  const path = join(dir, 'db', 'nested', 'sakskart.db');
  for (let i = 0; i < 3; i += 1) await openSqliteStore(path).close();
  const db = new Database(path, { readonly: true });
  assert.deepEqual(
    db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all(),
    migrations.map((m) => m.version),
  );
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

test('the database runs in WAL mode with foreign keys on', async () => {
  const dir = tempDir();
  const store = openSqliteStore(join(dir, 'x.db'));
  const db = new Database(join(dir, 'x.db'));
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  db.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const refused: [string, (path: string) => void, RegExp][] = [
  ['a text file', (p) => writeFileSync(p, 'Dette er ikke en database.\n'), /not an SQLite database/],
  [
    'a few random bytes',
    (p) => writeFileSync(p, Buffer.from([0, 1, 2, 3, 255, 254])),
    /not an SQLite database/,
  ],
  [
    'another program’s SQLite file',
    (p) => new Database(p).exec('CREATE TABLE notes (x TEXT)').close(),
    /another program/,
  ],
];
for (const [what, make, message] of refused) {
  test(`opening ${what} fails with a message and leaves the file as it was`, () => {
    const dir = tempDir();
    const path = join(dir, 'file.db');
    make(path);
    const before = readFileSync(path);
    assert.throws(() => openSqliteStore(path), message);
    assert.deepEqual(readFileSync(path), before);
    assert.equal(existsSync(`${path}-wal`), false);
    rmSync(dir, { recursive: true, force: true });
  });
}

test('a folder given as the database path is refused with a message', () => {
  const dir = tempDir();
  assert.throws(() => openSqliteStore(dir), /is a folder/);
  rmSync(dir, { recursive: true, force: true });
});

test('a writer killed mid-run keeps every article it stored, and a re-run continues', async () => {
  const dir = tempDir();
  const path = join(dir, 'killed.db');
  const here = (file: string) => JSON.stringify(fileURLToPath(new URL(file, import.meta.url)));
  // The child stores 25 articles, then SIGKILLs itself without closing the database.
  const child = `
    import { openSqliteStore } from ${here('./index.ts')};
    import { makeArticle } from ${here('../store-fixtures.ts')};
    const store = openSqliteStore(${JSON.stringify(path)});
    for (let i = 0; i < 25; i += 1) await store.putArticle(makeArticle({ body: 'Artikkel nummer ' + i + ' om været.' }));
    process.kill(process.pid, 'SIGKILL');`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', child], {
    encoding: 'utf8',
  });
  assert.equal(run.signal, 'SIGKILL', run.stderr);
  const store = openSqliteStore(path);
  assert.equal((await store.stats()).articles, 25);
  const statuses = [];
  for (let i = 20; i < 30; i += 1) {
    statuses.push((await store.putArticle({ ...fixtureArticles.recipe, ...bodyOf(i) })).status);
  }
  assert.deepEqual(statuses, [...Array(5).fill('unchanged'), ...Array(5).fill('added')]);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

function bodyOf(i: number) {
  const body = `Artikkel nummer ${i} om været.`;
  return { body, id: execFileSync('sha1sum', { input: body }).toString().slice(0, 40) };
}

test('a database from a newer sakskart (unknown migration) is refused with a message', async () => {
  const dir = tempDir();
  const path = join(dir, 'newer.db');
  await openSqliteStore(path).close();
  const db = new Database(path);
  db.prepare(
    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'from the future', '2030')",
  ).run();
  db.close();
  assert.throws(() => openSqliteStore(path), /schema version 99, newer than this sakskart knows/);
  rmSync(dir, { recursive: true, force: true });
});
