// Brings an open SQLite database up to the latest schema, refusing one newer than this code knows.
import { SakskartError } from '../../errors.ts';
import type { Database } from 'better-sqlite3';
import { latestSchemaVersion, migrations } from './migrations.ts';

/** Runs every migration not yet recorded, each in its own transaction; returns the schema version. */
export function migrate(db: Database, path: string): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const current = () =>
    (db.prepare('SELECT max(version) FROM schema_migrations').pluck().get() as number | null) ?? 0;
  if (current() > latestSchemaVersion) {
    throw new SakskartError(
      'STORE_TOO_NEW',
      `${path} has schema version ${current()}, newer than this sakskart knows (${latestSchemaVersion}); upgrade sakskart`,
    );
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const isApplied = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').pluck();
  for (const migration of migrations) {
    if (isApplied.get(migration.version)) continue;
    // IMMEDIATE takes the write lock first, so two processes opening a new file at once migrate it once.
    db.transaction(() => {
      if (isApplied.get(migration.version)) return;
      db.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    }).immediate();
  }
  return current();
}
