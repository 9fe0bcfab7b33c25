// The SQLite schema as an ordered list of migrations; each runs once, recorded in schema_migrations.

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Append only: never edit a migration that has shipped; add the next version instead. */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'articles and their full-text index',
    sql: `
      CREATE TABLE articles (
        pk          INTEGER PRIMARY KEY,          -- the full-text index's rowid
        id          TEXT NOT NULL UNIQUE,         -- sha1 of the normalised body (contract id)
        source      TEXT NOT NULL,
        title       TEXT,
        language    TEXT,
        genre       TEXT NOT NULL,
        published   TEXT,                         -- ISO prefix: YYYY, YYYY-MM or YYYY-MM-DD
        ingested_at TEXT NOT NULL,                -- ISO timestamp of the first store
        record      TEXT NOT NULL CHECK (json_valid(record))  -- the whole contract record
      );
      CREATE INDEX articles_language ON articles (language);
      CREATE INDEX articles_genre ON articles (genre);
      CREATE INDEX articles_published ON articles (published);
      -- Stemmed copies of title and body (one stem per word), and the code of the language pack that
      -- stemmed them, so a query stemmed by that pack is matched against that article only.
      -- Contentless: snippets are cut from the original body in JS, so the index keeps no text of its own.
      CREATE VIRTUAL TABLE articles_fts USING fts5 (
        title, body, stemming,
        content = '', contentless_delete = 1,
        tokenize = "unicode61 remove_diacritics 0 categories 'L* N* M*'"
      );
    `,
  },
  {
    version: 2,
    name: 'store metadata (the stemming probe)',
    sql: `
      CREATE TABLE store_meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `,
  },
];

export const latestSchemaVersion = migrations.reduce((max, m) => Math.max(max, m.version), 0);
