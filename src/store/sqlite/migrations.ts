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
  {
    version: 3,
    name: 'stories, article-to-story assignments and corpus state',
    sql: `
      -- One row per story for listing; the clusterer state below holds its centroid.
      CREATE TABLE stories (
        id               TEXT PRIMARY KEY,
        title            TEXT,
        title_article_id TEXT,  -- the member whose headline is the title
        first_published  TEXT,
        last_published   TEXT,
        article_count    INTEGER NOT NULL,
        updated_at       TEXT NOT NULL
      );
      CREATE INDEX stories_newest ON stories (last_published DESC, updated_at DESC);
      -- seq orders the assignments, so corpus state saved "up to seq" can be caught up by replaying the rest.
      CREATE TABLE article_stories (
        seq        INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL UNIQUE REFERENCES articles (id),
        story_id   TEXT NOT NULL REFERENCES stories (id),
        links      TEXT NOT NULL CHECK (json_valid(links))  -- local entity id -> global entity id
      );
      CREATE INDEX article_stories_story ON article_stories (story_id, seq);
      -- The clusterer's and the entity linker's state as JSON, by name.
      CREATE TABLE corpus_state (
        name       TEXT PRIMARY KEY,
        value      TEXT NOT NULL CHECK (json_valid(value)),
        seq        INTEGER NOT NULL,  -- the last article_stories.seq when saved: what the state covers
        updated_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 4,
    name: 'story merges, for replaying them onto older corpus state',
    sql: `
      -- Stories folded into others, so state saved before a merge can replay it (seq: the bridging article's).
      CREATE TABLE story_merges (
        gone TEXT PRIMARY KEY,
        into_story TEXT NOT NULL,
        seq  INTEGER NOT NULL
      );
    `,
  },
  {
    version: 5,
    name: 'corpus state as rows per story and per entity',
    sql: `
      -- Replaces the whole-state JSON in corpus_state: one article reads and writes only the rows it touches.
      -- The story service converts saved blobs into these rows on its first open, then deletes the blobs.
      CREATE TABLE corpus_counters (
        name  TEXT PRIMARY KEY,  -- documents:words, documents:entities, clock, next-entity
        value INTEGER NOT NULL
      );
      -- Document frequencies for IDF, per space (words | entities).
      CREATE TABLE corpus_terms (
        space TEXT NOT NULL,
        term  TEXT NOT NULL,
        df    INTEGER NOT NULL,
        PRIMARY KEY (space, term)
      ) WITHOUT ROWID;
      -- A story's centroid (pruned to a fixed size), day span and recency.
      CREATE TABLE story_centroids (
        id        TEXT PRIMARY KEY,
        words     TEXT NOT NULL,  -- JSON term -> weight
        entities  TEXT NOT NULL,
        span_from INTEGER,
        span_to   INTEGER,
        touched   INTEGER NOT NULL,
        size      INTEGER NOT NULL
      );
      CREATE TABLE story_members (
        pk          INTEGER PRIMARY KEY,  -- join order
        article_id  TEXT NOT NULL UNIQUE,
        story_id    TEXT NOT NULL,
        title       TEXT,
        published   TEXT,
        title_terms TEXT NOT NULL  -- JSON array of stemmed headline words
      );
      CREATE INDEX story_members_story ON story_members (story_id, pk);
      -- Inverted index: a story under each of its top words (w:) and entities (e:), newest per key kept.
      CREATE TABLE story_postings (
        key      TEXT NOT NULL,
        story_id TEXT NOT NULL,
        touched  INTEGER NOT NULL,
        PRIMARY KEY (key, story_id)
      ) WITHOUT ROWID;
      CREATE INDEX story_postings_recent ON story_postings (key, touched DESC);
      CREATE INDEX story_postings_story ON story_postings (story_id);
      -- Global entities; names and sources grow with the corpus, so they are rows of their own.
      CREATE TABLE corpus_entities (
        id            TEXT PRIMARY KEY,
        name          TEXT NOT NULL,
        type          TEXT NOT NULL,
        mention_count INTEGER NOT NULL,
        votes         TEXT NOT NULL  -- JSON local name -> articles
      );
      CREATE TABLE entity_sources (
        pk         INTEGER PRIMARY KEY,
        entity_id  TEXT NOT NULL,
        article_id TEXT NOT NULL,
        UNIQUE (entity_id, article_id)
      );
      CREATE INDEX entity_sources_recent ON entity_sources (entity_id, pk);
      CREATE TABLE entity_names (
        pk         INTEGER PRIMARY KEY,
        entity_id  TEXT NOT NULL,
        kind       TEXT NOT NULL,  -- alias | role
        text       TEXT NOT NULL,
        article_id TEXT NOT NULL,
        UNIQUE (entity_id, kind, text, article_id)
      );
      CREATE INDEX entity_names_article ON entity_names (entity_id, article_id);
      -- The linker's lookups: normalised name keys, a deletion-variant index of person name parts, and
      -- surname-only people waiting for a full name.
      CREATE TABLE entity_keys (
        key       TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        PRIMARY KEY (key, entity_id)
      ) WITHOUT ROWID;
      CREATE TABLE entity_fuzzy (
        scope     TEXT NOT NULL,
        variant   TEXT NOT NULL,
        word      TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        PRIMARY KEY (scope, variant, word, entity_id)
      ) WITHOUT ROWID;
      CREATE TABLE entity_surnames (
        token     TEXT PRIMARY KEY,
        entity_id TEXT NOT NULL
      );
    `,
  },
];

export const latestSchemaVersion = migrations.reduce((max, m) => Math.max(max, m.version), 0);
