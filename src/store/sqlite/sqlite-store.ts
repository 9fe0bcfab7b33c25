// The Store on SQLite (better-sqlite3): contract records as JSON, a stemmed FTS5 index, one transaction per article.
import { SakskartError } from '../../errors.ts';
import type { Database, Statement } from 'better-sqlite3';
import { validateContractLine, type ArticleRecord, type Genre } from '../../contract/index.ts';
import { buildSnippet } from '../build-snippet.ts';
import { parseSearchQuery } from '../parse-search-query.ts';
import { stemmerFor, stemmingGroups } from '../stemming.ts';
import type {
  CorpusRows,
  CorpusUpdate,
  IngestResult,
  PutOptions,
  SearchHit,
  SearchQuery,
  Store,
  StoreStats,
  StoryStore,
  StoredAssignment,
  StoryAssignment,
  StoryMerge,
  StoryRow,
} from '../store.ts';
import { buildExcludeExpression, buildMatchExpression, matchedStems } from './fts-match.ts';
import { migrate } from './migrate.ts';
import { indexFields, refreshSearchIndex } from './search-index.ts';
import { openDatabase } from './open-database.ts';
import { StoryTables } from './story-tables.ts';
import { SqliteCorpusRows } from './corpus-rows.ts';

/** Title matches count this many times a body match in the ranking (bm25 column weight). */
export const TITLE_WEIGHT = 5;
export const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 1000;
const ISO_PREFIX = /^\d{4}(-\d{2}(-\d{2})?)?$/;

interface HitRow {
  pk: number;
  id: string;
  title: string | null;
  published: string | null;
  language: string | null;
  genre: Genre;
  source: string;
  rank: number;
}

export class SqliteStore implements Store, StoryStore {
  readonly #db: Database;
  readonly #schemaVersion: number;
  readonly #exists: Statement;
  readonly #insertArticle: Statement;
  readonly #insertText: Statement;
  readonly #body: Statement;
  readonly #record: Statement;
  readonly #stories: StoryTables;
  readonly #rows: SqliteCorpusRows;
  #added = false;
  readonly #insert: (
    record: ArticleRecord,
    fields: [string, string, string],
    onAdded?: (record: ArticleRecord, rows: CorpusRows) => CorpusUpdate | undefined,
  ) => boolean;
  readonly #file: (
    record: ArticleRecord,
    file: (record: ArticleRecord, rows: CorpusRows) => CorpusUpdate | undefined,
  ) => StoredAssignment | null;
  readonly #assign: (assignment: StoryAssignment) => StoredAssignment;
  readonly #saveState: (states: Record<string, string>) => void;

  constructor(path: string) {
    this.#db = openDatabase(path);
    try {
      this.#schemaVersion = migrate(this.#db, path);
      refreshSearchIndex(this.#db);
    } catch (error) {
      this.#db.close();
      throw error;
    }
    this.#exists = this.#db.prepare('SELECT 1 FROM articles WHERE id = ?').pluck();
    this.#insertArticle = this.#db.prepare(`
      INSERT INTO articles (id, source, title, language, genre, published, ingested_at, record)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`);
    this.#insertText = this.#db.prepare(
      'INSERT INTO articles_fts (rowid, title, body, stemming) VALUES (?, ?, ?, ?)',
    );
    this.#body = this.#db.prepare("SELECT record ->> '$.body' FROM articles WHERE pk = ?").pluck();
    this.#record = this.#db.prepare('SELECT record FROM articles WHERE id = ?').pluck();
    this.#stories = new StoryTables(this.#db);
    this.#rows = new SqliteCorpusRows(this.#db);
    this.#file = this.#db.transaction(
      (record: ArticleRecord, file: (r: ArticleRecord, rows: CorpusRows) => CorpusUpdate | undefined) => {
        const update = file(record, this.#rows);
        return update ? this.#stories.assign(update.assignment) : null;
      },
    );
    this.#assign = this.#db.transaction((assignment: StoryAssignment) => this.#stories.assign(assignment));
    this.#saveState = this.#db.transaction((states: Record<string, string>) =>
      this.#stories.saveState(states),
    );
    // One transaction per article (with its story, when given): a kill mid-run keeps every article committed before it.
    this.#insert = this.#db.transaction((record: ArticleRecord, fields, onAdded) => {
      const result = this.#insertArticle.run(
        record.id,
        record.source,
        record.title,
        record.language,
        record.genre,
        record.published,
        new Date().toISOString(),
        JSON.stringify(record),
      );
      if (result.changes === 0) return false; // another writer stored the same body in the meantime
      this.#insertText.run(result.lastInsertRowid, ...fields);
      const update = onAdded?.(record, this.#rows);
      if (update) this.#stories.assign(update.assignment);
      return true;
    });
  }

  async putArticle(record: ArticleRecord, options: PutOptions = {}): Promise<IngestResult> {
    const validation = validateContractLine(record);
    if (!validation.ok) throw new Error(`not a valid article record: ${validation.problems.join('; ')}`);
    if (this.#exists.get(record.id)) return { id: record.id, status: 'unchanged' };
    let added: boolean;
    try {
      added = this.#insert(record, indexFields(record), options.onAdded);
    } catch (error) {
      this.#rows.forget(); // the rows read into caches may have been rolled back
      throw error;
    }
    this.#added ||= added;
    return { id: record.id, status: added ? 'added' : 'unchanged' };
  }

  async getArticle(id: string): Promise<ArticleRecord | null> {
    const json = this.#record.get(id) as string | undefined;
    return json === undefined ? null : (JSON.parse(json) as ArticleRecord);
  }

  async findIds(prefix: string, limit = DEFAULT_LIMIT): Promise<string[]> {
    const lower = prefix.toLowerCase();
    if (!/^[0-9a-f]*$/.test(lower)) return [];
    // Ids are lower-case hex, so every id with this prefix sorts in [prefix, prefix + 'g').
    return this.#db
      .prepare('SELECT id FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT ?')
      .pluck()
      .all(lower, `${lower}g`, clampLimit(limit)) as string[];
  }

  async search(query: SearchQuery): Promise<SearchHit[]> {
    const parsed = parseSearchQuery(query.text);
    const groups = stemmingGroups(query.language);
    // Text that holds no word at all (`"`, `(`) matches nothing; only a blank query lists everything.
    if (parsed.include.length + parsed.exclude.length === 0 && query.text.trim() !== '') return [];
    const match = buildMatchExpression(parsed, groups);
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.language !== undefined) {
      where.push('a.language = ?');
      params.push(query.language);
    }
    if (query.genre !== undefined) {
      where.push('a.genre = ?');
      params.push(query.genre);
    }
    // Dates compare on their common ISO prefix: from 2024 takes 2024-06-19, and 2024-06 overlaps to 2024-06-10.
    for (const [bound, op] of [
      [query.from, '>='],
      [query.to, '<='],
    ] as const) {
      if (bound === undefined) continue;
      if (!ISO_PREFIX.test(bound)) {
        throw new SakskartError('BAD_OPTION', `date bound '${bound}' is not YYYY, YYYY-MM or YYYY-MM-DD`);
      }
      where.push(
        `substr(a.published, 1, min(length(a.published), ?)) ${op} substr(?, 1, length(a.published))`,
      );
      params.push(bound.length, bound);
    }
    const limit = clampLimit(query.limit ?? DEFAULT_LIMIT);
    const offset = Math.max(0, Math.trunc(query.offset ?? 0));
    let rows: HitRow[];
    if (match !== null) {
      rows = this.#db
        .prepare(
          `SELECT a.pk, a.id, a.title, a.published, a.language, a.genre, a.source,
                  bm25(articles_fts, ${TITLE_WEIGHT}, 1.0, 0.0) AS rank
           FROM articles_fts JOIN articles a ON a.pk = articles_fts.rowid
           WHERE articles_fts MATCH ? ${where.map((w) => `AND ${w}`).join(' ')}
           ORDER BY rank, a.pk LIMIT ? OFFSET ?`,
        )
        .all(match, ...params, limit, offset) as HitRow[];
    } else {
      // Nothing required: list by date, newest first (SQLite sorts NULL lowest, so undated come last).
      const exclude = buildExcludeExpression(parsed, groups);
      if (exclude !== null) {
        where.push('a.pk NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)');
        params.push(exclude);
      }
      rows = this.#db
        .prepare(
          `SELECT a.pk, a.id, a.title, a.published, a.language, a.genre, a.source, 0 AS rank
           FROM articles a ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
           ORDER BY a.published DESC, a.pk DESC LIMIT ? OFFSET ?`,
        )
        .all(...params, limit, offset) as HitRow[];
    }
    return rows.map((row) => {
      const stem = stemmerFor(row.language);
      const body = (this.#body.get(row.pk) as string | undefined) ?? '';
      return {
        id: row.id,
        title: row.title,
        published: row.published,
        language: row.language,
        genre: row.genre,
        source: row.source,
        score: -row.rank,
        snippet: buildSnippet(body, matchedStems(parsed, stem), stem),
      };
    });
  }

  async stats(): Promise<StoreStats> {
    const countBy = (column: 'language' | 'genre') =>
      Object.fromEntries(
        (
          this.#db
            .prepare(
              `SELECT coalesce(${column}, 'unknown') AS key, count(*) AS n FROM articles GROUP BY 1 ORDER BY 2 DESC, 1`,
            )
            .all() as { key: string; n: number }[]
        ).map((row) => [row.key, row.n]),
      );
    const span = this.#db
      .prepare('SELECT count(*) AS articles, min(published) AS first, max(published) AS last FROM articles')
      .get() as { articles: number; first: string | null; last: string | null };
    return {
      articles: span.articles,
      byLanguage: countBy('language'),
      byGenre: countBy('genre'),
      firstPublished: span.first,
      lastPublished: span.last,
      schemaVersion: this.#schemaVersion,
    };
  }

  async saveStoryAssignment(assignment: StoryAssignment): Promise<StoredAssignment> {
    return this.#assign(assignment);
  }

  async listStories(page: { limit: number; offset: number }): Promise<StoryRow[]> {
    return this.#stories.listStories(page);
  }

  async getStory(id: string): Promise<{ story: StoryRow; articles: StoredAssignment[] } | null> {
    return this.#stories.getStory(id);
  }

  async storyRows(ids: string[]): Promise<StoryRow[]> {
    return this.#stories.storyRows(ids);
  }

  async assignmentsOf(articleIds: string[]): Promise<StoredAssignment[]> {
    return this.#stories.assignmentsOf(articleIds);
  }

  async assignmentsAfter(after: number, limit = MAX_LIMIT): Promise<StoredAssignment[]> {
    return this.#stories.assignmentsAfter(after, limit);
  }

  async mergesAfter(after: number): Promise<StoryMerge[]> {
    return this.#stories.mergesAfter(after);
  }

  async unassignedArticleIds(limit = MAX_LIMIT): Promise<string[]> {
    return this.#stories.unassignedArticleIds(limit);
  }

  async loadCorpusState(name: string): Promise<{ value: string; seq: number } | null> {
    return this.#stories.loadState(name);
  }

  async saveCorpusState(states: Record<string, string>): Promise<void> {
    this.#saveState(states);
  }

  async deleteCorpusState(names: string[]): Promise<void> {
    this.#stories.deleteStates(names);
  }

  corpusRows(): CorpusRows {
    return this.#rows;
  }

  async inTransaction<T>(work: (rows: CorpusRows) => T): Promise<T> {
    try {
      // IMMEDIATE: take the write lock before reading, so two processes restoring at once do it once.
      return this.#db.transaction(() => work(this.#rows)).immediate();
    } catch (error) {
      this.#rows.forget();
      throw error;
    }
  }

  async fileStoredArticle(
    record: ArticleRecord,
    file: (record: ArticleRecord, rows: CorpusRows) => CorpusUpdate | undefined,
  ): Promise<StoredAssignment | null> {
    try {
      return this.#file(record, file);
    } catch (error) {
      this.#rows.forget();
      throw error;
    }
  }

  async close(): Promise<void> {
    if (!this.#db.open) return;
    // Record the probe for the articles just stored, so the next open can tell if the stemmers changed.
    if (this.#added) refreshSearchIndex(this.#db);
    this.#db.close();
  }
}

function clampLimit(limit: number): number {
  return Number.isFinite(limit) ? Math.min(MAX_LIMIT, Math.max(0, Math.trunc(limit))) : DEFAULT_LIMIT;
}
