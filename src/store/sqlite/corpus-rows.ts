// The corpus layer's state as SQLite rows (migration 5): synchronous, so it runs inside the article's transaction.
import type { Database, Statement } from 'better-sqlite3';
import type {
  CorpusRows,
  EntityCoreRow,
  EntityNameKind,
  PostedStory,
  StoryCentroidRow,
  StoryMemberRow,
  TermSpace,
} from '../store.ts';

interface CentroidSql {
  id: string;
  words: string;
  entities: string;
  span_from: number | null;
  span_to: number | null;
  touched: number;
  size: number;
}

interface MemberSql {
  article_id: string;
  story_id: string;
  title: string | null;
  published: string | null;
  title_terms: string;
}

/** Terms looked up per statement (json_each over one bound array). */
const TERM_BATCH = 500;
/** Parsed story centroids kept, by id and version (`touched`); the least recently used go first. */
const CENTROID_CACHE = 4000;

export class SqliteCorpusRows implements CorpusRows {
  readonly #s: Record<string, Statement>;
  /** Document frequencies read or written by this connection, valid while the document counters match. */
  readonly #df = new Map<TermSpace, Map<string, number>>();
  #dfDocuments = new Map<TermSpace, number>();
  readonly #centroids = new Map<string, StoryCentroidRow>();

  constructor(db: Database) {
    const p = (sql: string) => db.prepare(sql);
    this.#s = {
      counter: p('SELECT value FROM corpus_counters WHERE name = ?').pluck(),
      setCounter: p(
        'INSERT INTO corpus_counters (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
      ),
      terms: p(
        'SELECT term, df FROM corpus_terms WHERE space = ? AND term IN (SELECT value FROM json_each(?))',
      ),
      countTerm: p(
        'INSERT INTO corpus_terms (space, term, df) VALUES (?, ?, ?) ON CONFLICT (space, term) DO UPDATE SET df = df + excluded.df',
      ),
      story: p('SELECT * FROM story_centroids WHERE id = ?'),
      putStory: p(`
        INSERT INTO story_centroids (id, words, entities, span_from, span_to, touched, size)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET words = excluded.words, entities = excluded.entities,
          span_from = excluded.span_from, span_to = excluded.span_to, touched = excluded.touched,
          size = excluded.size`),
      deleteStory: p('DELETE FROM story_centroids WHERE id = ?'),
      members: p('SELECT * FROM story_members WHERE story_id = ? ORDER BY pk'),
      latestMembers: p(
        'SELECT * FROM (SELECT pk, * FROM story_members WHERE story_id = ? ORDER BY pk DESC LIMIT ?) ORDER BY pk',
      ),
      addMember: p(`
        INSERT INTO story_members (article_id, story_id, title, published, title_terms) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id`),
      moveMembers: p('UPDATE story_members SET story_id = ? WHERE story_id = ?'),
      storyOfArticle: p('SELECT story_id FROM story_members WHERE article_id = ?').pluck(),
      postings: p(`
        SELECT p.story_id AS storyId, s.span_from, s.span_to, s.touched
        FROM story_postings p JOIN story_centroids s ON s.id = p.story_id
        WHERE p.key = ? ORDER BY p.touched DESC LIMIT ?`),
      post: p(`
        INSERT INTO story_postings (key, story_id, touched) VALUES (?, ?, ?)
        ON CONFLICT (key, story_id) DO UPDATE SET touched = excluded.touched`),
      // Keeps the newest `perKey` postings of a key: those older than the perKey-th are dropped.
      trimKey: p(`
        DELETE FROM story_postings WHERE key = @key AND touched < (
          SELECT touched FROM story_postings WHERE key = @key ORDER BY touched DESC LIMIT 1 OFFSET @keep)`),
      unpost: p('DELETE FROM story_postings WHERE story_id = ?'),
      entity: p('SELECT id, name, type, mention_count, votes FROM corpus_entities WHERE id = ?'),
      putEntity: p(`
        INSERT INTO corpus_entities (id, name, type, mention_count, votes) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type,
          mention_count = excluded.mention_count, votes = excluded.votes`),
      addSource: p('INSERT OR IGNORE INTO entity_sources (entity_id, article_id) VALUES (?, ?)'),
      hasName: p('SELECT 1 FROM entity_names WHERE entity_id = ? AND kind = ? AND text = ? LIMIT 1').pluck(),
      addName: p(
        'INSERT OR IGNORE INTO entity_names (entity_id, kind, text, article_id) VALUES (?, ?, ?, ?)',
      ),
      idsByKey: p('SELECT entity_id FROM entity_keys WHERE key = ?').pluck(),
      addKey: p('INSERT OR IGNORE INTO entity_keys (key, entity_id) VALUES (?, ?)'),
      fuzzy: p('SELECT word, entity_id AS entityId FROM entity_fuzzy WHERE scope = ? AND variant = ?'),
      addFuzzy: p('INSERT OR IGNORE INTO entity_fuzzy (scope, variant, word, entity_id) VALUES (?, ?, ?, ?)'),
      surname: p('SELECT entity_id FROM entity_surnames WHERE token = ?').pluck(),
      setSurname: p(
        'INSERT INTO entity_surnames (token, entity_id) VALUES (?, ?) ON CONFLICT (token) DO UPDATE SET entity_id = excluded.entity_id',
      ),
      deleteSurname: p('DELETE FROM entity_surnames WHERE token = ?'),
      sources: p('SELECT article_id FROM entity_sources WHERE entity_id = ? ORDER BY pk').pluck(),
      latestSources: p(
        'SELECT article_id FROM (SELECT pk, article_id FROM entity_sources WHERE entity_id = ? ORDER BY pk DESC LIMIT ?) ORDER BY pk',
      ).pluck(),
      sourceCount: p('SELECT count(*) FROM entity_sources WHERE entity_id = ?').pluck(),
      names: p('SELECT kind, text, article_id FROM entity_names WHERE entity_id = ? ORDER BY pk'),
      namesIn: p(`
        SELECT kind, text, article_id FROM entity_names
        WHERE entity_id = ? AND article_id IN (SELECT value FROM json_each(?)) ORDER BY pk`),
      nameCounts: p(`
        SELECT kind, text, count(*) AS count FROM entity_names WHERE entity_id = ?
        GROUP BY kind, text ORDER BY min(pk)`),
      entityIds: p('SELECT id FROM corpus_entities ORDER BY rowid').pluck(),
      storyIds: p('SELECT id FROM story_centroids ORDER BY rowid').pluck(),
    };
  }

  #get(name: string): Statement {
    const statement = this.#s[name];
    if (!statement) throw new Error(`no statement ${name}`);
    return statement;
  }

  refresh(): void {
    for (const space of ['words', 'entities'] as const) {
      if (this.#dfDocuments.get(space) !== this.counter(`documents:${space}`)) {
        this.#df.delete(space);
        this.#dfDocuments.delete(space);
      }
    }
  }

  counter(name: string): number {
    return (this.#get('counter').get(name) as number | undefined) ?? 0;
  }

  setCounter(name: string, value: number): void {
    this.#get('setCounter').run(name, value);
    const space = /^documents:(words|entities)$/.exec(name)?.[1] as TermSpace | undefined;
    if (space && this.#df.has(space)) this.#dfDocuments.set(space, value);
  }

  termCounts(space: TermSpace, terms: Iterable<string>): Map<string, number> {
    let cache = this.#df.get(space);
    if (!cache) {
      cache = new Map();
      this.#df.set(space, cache);
      this.#dfDocuments.set(space, this.counter(`documents:${space}`));
    }
    const out = new Map<string, number>();
    const missing: string[] = [];
    for (const term of terms) {
      const known = cache.get(term);
      if (known === undefined) missing.push(term);
      else if (known > 0) out.set(term, known);
    }
    for (let at = 0; at < missing.length; at += TERM_BATCH) {
      const batch = missing.slice(at, at + TERM_BATCH);
      for (const term of batch) cache.set(term, 0);
      const rows = this.#get('terms').all(space, JSON.stringify(batch)) as { term: string; df: number }[];
      for (const { term, df } of rows) {
        cache.set(term, df);
        out.set(term, df);
      }
    }
    return out;
  }

  countTerms(space: TermSpace, counts: Iterable<readonly [string, number]>): void {
    const list = [...counts];
    const cache = this.#df.get(space);
    const known = cache
      ? this.termCounts(
          space,
          list.map(([term]) => term),
        )
      : undefined;
    const statement = this.#get('countTerm');
    for (const [term, by] of list) {
      statement.run(space, term, by);
      if (cache) cache.set(term, (known?.get(term) ?? 0) + by);
    }
  }

  story(id: string, touched?: number): StoryCentroidRow | undefined {
    const cached = this.#centroids.get(id);
    if (cached && touched !== undefined && cached.touched === touched) {
      this.#remember(cached);
      return copyCentroid(cached);
    }
    const row = this.#get('story').get(id) as CentroidSql | undefined;
    if (!row) return undefined;
    const parsed: StoryCentroidRow = {
      id: row.id,
      words: JSON.parse(row.words) as Record<string, number>,
      entities: JSON.parse(row.entities) as Record<string, number>,
      span: row.span_from === null || row.span_to === null ? null : { from: row.span_from, to: row.span_to },
      touched: row.touched,
      size: row.size,
    };
    this.#remember(parsed);
    return copyCentroid(parsed);
  }

  #remember(row: StoryCentroidRow): void {
    this.#centroids.delete(row.id);
    this.#centroids.set(row.id, row);
    if (this.#centroids.size > CENTROID_CACHE) {
      const oldest = this.#centroids.keys().next().value;
      if (oldest !== undefined) this.#centroids.delete(oldest);
    }
  }

  putStory(row: StoryCentroidRow): void {
    this.#remember(copyCentroid(row));
    this.#get('putStory').run(
      row.id,
      JSON.stringify(row.words),
      JSON.stringify(row.entities),
      row.span?.from ?? null,
      row.span?.to ?? null,
      row.touched,
      row.size,
    );
  }

  deleteStory(id: string): void {
    this.#centroids.delete(id);
    this.#get('deleteStory').run(id);
  }

  members(storyId: string, latest?: number): StoryMemberRow[] {
    const rows = (
      latest === undefined
        ? this.#get('members').all(storyId)
        : this.#get('latestMembers').all(storyId, latest)
    ) as MemberSql[];
    return rows.map((row) => ({
      articleId: row.article_id,
      storyId: row.story_id,
      title: row.title,
      published: row.published,
      titleTerms: JSON.parse(row.title_terms) as string[],
    }));
  }

  addMember(row: StoryMemberRow): void {
    this.#get('addMember').run(
      row.articleId,
      row.storyId,
      row.title,
      row.published,
      JSON.stringify(row.titleTerms),
    );
  }

  moveMembers(from: string, into: string): void {
    this.#get('moveMembers').run(into, from);
  }

  storyOfArticle(articleId: string): string | undefined {
    return this.#get('storyOfArticle').get(articleId) as string | undefined;
  }

  postings(keys: string[], perKey: number): Map<string, PostedStory[]> {
    const out = new Map<string, PostedStory[]>();
    const statement = this.#get('postings');
    for (const key of keys) {
      if (out.has(key)) continue;
      const rows = statement.all(key, perKey) as {
        storyId: string;
        span_from: number | null;
        span_to: number | null;
        touched: number;
      }[];
      out.set(
        key,
        rows.map((r) => ({
          storyId: r.storyId,
          span: r.span_from === null || r.span_to === null ? null : { from: r.span_from, to: r.span_to },
          touched: r.touched,
        })),
      );
    }
    return out;
  }

  post(storyId: string, keys: string[], touched: number, perKey: number): void {
    const post = this.#get('post');
    const trim = this.#get('trimKey');
    for (const key of keys) {
      post.run(key, storyId, touched);
      trim.run({ key, keep: perKey - 1 });
    }
  }

  unpost(storyId: string): void {
    this.#get('unpost').run(storyId);
  }

  entity(id: string): EntityCoreRow | undefined {
    const row = this.#get('entity').get(id) as
      { id: string; name: string; type: string; mention_count: number; votes: string } | undefined;
    if (!row) return undefined;
    return {
      id: row.id,
      name: row.name,
      type: row.type,
      mentionCount: row.mention_count,
      votes: JSON.parse(row.votes) as Record<string, number>,
    };
  }

  putEntity(row: EntityCoreRow): void {
    this.#get('putEntity').run(row.id, row.name, row.type, row.mentionCount, JSON.stringify(row.votes));
  }

  addEntitySource(entityId: string, articleId: string): boolean {
    return this.#get('addSource').run(entityId, articleId).changes > 0;
  }

  addEntityName(entityId: string, kind: EntityNameKind, text: string, articleId: string): boolean {
    const known = this.#get('hasName').get(entityId, kind, text) !== undefined;
    this.#get('addName').run(entityId, kind, text, articleId);
    return !known;
  }

  entityIdsByKey(key: string): string[] {
    return this.#get('idsByKey').all(key) as string[];
  }

  addEntityKey(key: string, entityId: string): void {
    this.#get('addKey').run(key, entityId);
  }

  fuzzyWords(scope: string, variant: string): { word: string; entityId: string }[] {
    return this.#get('fuzzy').all(scope, variant) as { word: string; entityId: string }[];
  }

  addFuzzyWord(scope: string, variant: string, word: string, entityId: string): void {
    this.#get('addFuzzy').run(scope, variant, word, entityId);
  }

  surnameEntity(token: string): string | undefined {
    return this.#get('surname').get(token) as string | undefined;
  }

  setSurnameEntity(token: string, entityId: string | null): void {
    if (entityId === null) this.#get('deleteSurname').run(token);
    else this.#get('setSurname').run(token, entityId);
  }

  entitySources(entityId: string, latest?: number): string[] {
    return (
      latest === undefined
        ? this.#get('sources').all(entityId)
        : this.#get('latestSources').all(entityId, latest)
    ) as string[];
  }

  entitySourceCount(entityId: string): number {
    return this.#get('sourceCount').get(entityId) as number;
  }

  entityNames(
    entityId: string,
    articleIds?: string[],
  ): { kind: EntityNameKind; text: string; sources: string[] }[] {
    const rows = (
      articleIds === undefined
        ? this.#get('names').all(entityId)
        : this.#get('namesIn').all(entityId, JSON.stringify(articleIds))
    ) as { kind: EntityNameKind; text: string; article_id: string }[];
    const grouped = new Map<string, { kind: EntityNameKind; text: string; sources: string[] }>();
    for (const row of rows) {
      const key = `${row.kind}\u0000${row.text}`;
      const group = grouped.get(key);
      if (group) group.sources.push(row.article_id);
      else grouped.set(key, { kind: row.kind, text: row.text, sources: [row.article_id] });
    }
    return [...grouped.values()];
  }

  entityNameCounts(entityId: string): { kind: EntityNameKind; text: string; count: number }[] {
    return this.#get('nameCounts').all(entityId) as { kind: EntityNameKind; text: string; count: number }[];
  }

  entityIds(): string[] {
    return this.#get('entityIds').all() as string[];
  }

  storyIds(): string[] {
    return this.#get('storyIds').all() as string[];
  }

  /** Drops read caches (after a rolled-back transaction). */
  forget(): void {
    this.#centroids.clear();
    this.#df.clear();
    this.#dfDocuments.clear();
  }
}

/** A copy the caller may change (the clusterer adds into centroids before writing them back). */
function copyCentroid(row: StoryCentroidRow): StoryCentroidRow {
  return {
    ...row,
    words: { ...row.words },
    entities: { ...row.entities },
    span: row.span && { ...row.span },
  };
}
