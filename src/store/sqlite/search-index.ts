// The stemmed full-text index: what goes into it per article, and its rebuild when the stemmers change.
import { createHash } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { ArticleRecord } from '../../contract/index.ts';
import { stemmerFor, stemmingLanguage, stemText } from '../stemming.ts';

/** The index row of an article: stemmed title, stemmed body, and the code of the pack that stemmed them. */
export function indexFields(
  record: Pick<ArticleRecord, 'title' | 'body' | 'language'>,
): [string, string, string] {
  const stem = stemmerFor(record.language);
  return [stemText(record.title ?? '', stem), stemText(record.body, stem), stemmingLanguage(record.language)];
}

// The index holds stems, so a changed stemmer (a pack edited, a new pack for a language that used the
// fallback) would silently stop old articles from matching. A probe of a few stored articles per language,
// re-stemmed at every open, shows such a change; the index is then rebuilt from the stored records.
const PROBE_PER_LANGUAGE = 3;
const PROBE_CHARS = 2000;

interface Probe {
  ids: number[];
  hash: string;
}

/** Rebuilds the index when the stemmers no longer stem the probe as they did; returns whether it rebuilt. */
export function refreshSearchIndex(db: Database): boolean {
  const stored = db.prepare("SELECT value FROM store_meta WHERE key = 'stemming_probe'").pluck().get() as
    string | undefined;
  const previous = stored === undefined ? null : (JSON.parse(stored) as Probe);
  let rebuilt = false;
  if (previous && previous.ids.length > 0 && hashProbe(db, previous.ids) !== previous.hash) {
    rebuildSearchIndex(db);
    rebuilt = true;
  }
  const ids = chooseProbe(db);
  if (rebuilt || !previous || ids.join() !== previous.ids.join()) {
    const value = JSON.stringify({ ids, hash: hashProbe(db, ids) } satisfies Probe);
    db.prepare(
      "INSERT INTO store_meta (key, value) VALUES ('stemming_probe', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    ).run(value);
  }
  return rebuilt;
}

/** Empties the index and stems every stored article again, in one transaction. */
export function rebuildSearchIndex(db: Database): void {
  const insert = db.prepare('INSERT INTO articles_fts (rowid, title, body, stemming) VALUES (?, ?, ?, ?)');
  // Pages of rows, since better-sqlite3 cannot write while a read is still iterating.
  const page = db.prepare(
    "SELECT pk, title, language, record ->> '$.body' AS body FROM articles WHERE pk > ? ORDER BY pk LIMIT 500",
  );
  db.transaction(() => {
    db.prepare("INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')").run();
    let last = 0;
    for (;;) {
      const rows = page.all(last) as ({ pk: number } & Pick<ArticleRecord, 'title' | 'body' | 'language'>)[];
      for (const row of rows) insert.run(row.pk, ...indexFields(row));
      if (rows.length === 0) break;
      last = rows[rows.length - 1]?.pk ?? last;
    }
  }).immediate();
}

function chooseProbe(db: Database): number[] {
  return db
    .prepare(
      `SELECT pk FROM (SELECT pk, row_number() OVER (PARTITION BY language ORDER BY pk) AS n FROM articles)
       WHERE n <= ? ORDER BY pk`,
    )
    .pluck()
    .all(PROBE_PER_LANGUAGE) as number[];
}

function hashProbe(db: Database, ids: number[]): string {
  const row = db.prepare(
    `SELECT title, language, substr(record ->> '$.body', 1, ${PROBE_CHARS}) AS body FROM articles WHERE pk = ?`,
  );
  const hash = createHash('sha1');
  for (const id of ids) {
    const article = row.get(id) as Pick<ArticleRecord, 'title' | 'body' | 'language'> | undefined;
    hash.update(article ? indexFields(article).join('\u0000') : '(gone)').update('\u0001');
  }
  return hash.digest('hex');
}
