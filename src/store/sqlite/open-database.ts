// Opens (or creates) the SQLite file safely: checks what the file is before SQLite writes anything to it.
import { SakskartError } from '../../errors.ts';
import Database from 'better-sqlite3';
import { closeSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

const SQLITE_HEADER = 'SQLite format 3\u0000';

/** An open connection in WAL mode with foreign keys on; throws an Error with a human message otherwise. */
export function openDatabase(path: string): Database.Database {
  if (path !== ':memory:') checkFile(path);
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (error) {
    throw unavailable(
      `cannot open database ${path}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  try {
    // Before any pragma: switching to WAL rewrites the file header, which would alter another program's file.
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all() as string[];
    if (tables.length > 0 && !tables.includes('schema_migrations')) {
      throw unavailable(
        `${path} is an SQLite database of another program (no schema_migrations table); not touching it`,
      );
    }
    db.pragma('journal_mode = WAL');
    // WAL + NORMAL: a killed process loses no committed transaction; only a power cut may lose the last few.
    db.pragma('synchronous = NORMAL');
    // Checkpoint (and fsync) every ~40 MB of log rather than every 4 MB: per-article commits write many pages.
    db.pragma('wal_autocheckpoint = 10000');
    // 64 MB of page cache rather than 2: filing reads story, posting and term rows all over a large file.
    db.pragma('cache_size = -65536');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
  } catch (error) {
    db.close();
    const message = error instanceof Error ? error.message : String(error);
    throw error instanceof SakskartError ? error : unavailable(`cannot use database ${path}: ${message}`);
  }
  return db;
}

function checkFile(path: string): void {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw unavailable(`database path ${path} is a folder; give a file path`);
    size = stat.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (mkdirError) {
      throw unavailable(`cannot create the folder for database ${path}: ${(mkdirError as Error).message}`);
    }
    return;
  }
  if (size === 0) return; // SQLite treats an empty file as a new database
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, header.length, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1') !== SQLITE_HEADER) {
    throw unavailable(`${path} is not an SQLite database (wrong file header); not touching it`);
  }
}

const unavailable = (message: string) => new SakskartError('STORE_UNAVAILABLE', message);
