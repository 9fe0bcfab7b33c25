// Stories, article-to-story assignments and corpus state on SQLite: synchronous, so they can join a transaction.
import type { Database, Statement } from 'better-sqlite3';
import type { StoredAssignment, StoryAssignment, StoryMerge, StoryRow } from '../store.ts';

interface StoryRowSql {
  id: string;
  title: string | null;
  title_article_id: string | null;
  first_published: string | null;
  last_published: string | null;
  article_count: number;
  updated_at: string;
}

interface AssignmentSql {
  seq: number;
  article_id: string;
  story_id: string;
  links: string;
}

const MAX_LIMIT = 1000;

export class StoryTables {
  readonly #db: Database;
  readonly #upsertStory: Statement;
  readonly #assign: Statement;
  readonly #moveArticles: Statement;
  readonly #dropStory: Statement;
  readonly #refreshStory: Statement;
  readonly #assignmentOf: Statement;
  readonly #saveState: Statement;
  readonly #recordMerge: Statement;
  readonly #countIn: Statement;
  readonly #publishedOf: Statement;
  readonly #setTitleArticle: Statement;
  readonly #findTitleArticle: Statement;
  readonly #listStories: Statement;
  readonly #storyRow: Statement;
  readonly #storyArticles: Statement;
  /** Articles with pk up to this all had a story when last scanned. */
  #filedBelow = 0;

  constructor(db: Database) {
    this.#db = db;
    this.#upsertStory = db.prepare(`
      INSERT INTO stories (id, title, article_count, updated_at) VALUES (?, ?, 0, ?)
      ON CONFLICT (id) DO UPDATE SET title = excluded.title, updated_at = excluded.updated_at`);
    this.#assign = db.prepare(`
      INSERT INTO article_stories (article_id, story_id, links) VALUES (?, ?, ?)
      ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, links = excluded.links`);
    this.#moveArticles = db.prepare('UPDATE article_stories SET story_id = ? WHERE story_id = ?');
    this.#dropStory = db.prepare('DELETE FROM stories WHERE id = ?');
    // Count and span from the members themselves, so the row can never drift from the assignments.
    this.#refreshStory = db.prepare(`
      UPDATE stories SET
        article_count = (SELECT count(*) FROM article_stories WHERE story_id = stories.id),
        first_published = (SELECT min(a.published) FROM article_stories s JOIN articles a ON a.id = s.article_id
                           WHERE s.story_id = stories.id),
        last_published = (SELECT max(a.published) FROM article_stories s JOIN articles a ON a.id = s.article_id
                          WHERE s.story_id = stories.id),
        title_article_id = (SELECT a.id FROM article_stories s JOIN articles a ON a.id = s.article_id
                            WHERE s.story_id = stories.id AND a.title = stories.title ORDER BY s.seq LIMIT 1)
      WHERE id = ?`);
    // The common case, one new article joining: count and span updated from that article alone.
    this.#countIn = db.prepare(`
      UPDATE stories SET article_count = article_count + 1,
        first_published = CASE WHEN @published IS NULL THEN first_published
          WHEN first_published IS NULL OR @published < first_published THEN @published ELSE first_published END,
        last_published = CASE WHEN @published IS NULL THEN last_published
          WHEN last_published IS NULL OR @published > last_published THEN @published ELSE last_published END
      WHERE id = @id`);
    this.#publishedOf = db.prepare('SELECT published FROM articles WHERE id = ?').pluck();
    this.#setTitleArticle = db.prepare('UPDATE stories SET title_article_id = ? WHERE id = ?');
    this.#findTitleArticle = db.prepare(`
      UPDATE stories SET title_article_id = (
        SELECT a.id FROM article_stories s JOIN articles a ON a.id = s.article_id
        WHERE s.story_id = stories.id AND a.title = stories.title ORDER BY s.seq LIMIT 1)
      WHERE id = ?`);
    this.#assignmentOf = db.prepare('SELECT * FROM article_stories WHERE article_id = ?');
    this.#listStories = db.prepare(
      'SELECT * FROM stories ORDER BY last_published DESC, updated_at DESC, id LIMIT ? OFFSET ?',
    );
    this.#storyRow = db.prepare('SELECT * FROM stories WHERE id = ?');
    this.#storyArticles = db.prepare('SELECT * FROM article_stories WHERE story_id = ? ORDER BY seq');
    this.#recordMerge = db.prepare(
      'INSERT OR REPLACE INTO story_merges (gone, into_story, seq) VALUES (?, ?, ?)',
    );
    this.#saveState = db.prepare(`
      INSERT INTO corpus_state (name, value, seq, updated_at)
      VALUES (?, ?, (SELECT coalesce(max(seq), 0) FROM article_stories), ?)
      ON CONFLICT (name) DO UPDATE SET value = excluded.value, seq = excluded.seq, updated_at = excluded.updated_at`);
  }

  /** Writes one assignment; the caller runs it inside a transaction. */
  assign(assignment: StoryAssignment): StoredAssignment {
    const now = new Date().toISOString();
    const { story } = assignment;
    const previous = this.#assignmentOf.get(assignment.articleId) as AssignmentSql | undefined;
    this.#upsertStory.run(story.id, story.title, now);
    this.#assign.run(assignment.articleId, story.id, JSON.stringify(assignment.links));
    const stored = this.#assignmentOf.get(assignment.articleId) as AssignmentSql;
    const merged = assignment.merged.filter((gone) => gone !== story.id);
    for (const gone of merged) {
      this.#moveArticles.run(story.id, gone);
      this.#dropStory.run(gone);
      this.#recordMerge.run(gone, story.id, stored.seq);
    }
    if (previous || merged.length > 0) this.#refreshStory.run(story.id);
    else this.#countIn.run({ id: story.id, published: this.#publishedOf.get(assignment.articleId) ?? null });
    if (story.titleArticleId !== undefined) this.#setTitleArticle.run(story.titleArticleId, story.id);
    else if (!(previous || merged.length > 0)) this.#findTitleArticle.run(story.id);
    // A moved article may leave its old story empty.
    if (previous && previous.story_id !== story.id) {
      this.#refreshStory.run(previous.story_id);
      this.#db.prepare('DELETE FROM stories WHERE id = ? AND article_count = 0').run(previous.story_id);
    }
    return toAssignment(stored);
  }

  mergesAfter(after: number): StoryMerge[] {
    return this.#db
      .prepare('SELECT gone, into_story AS "into", seq FROM story_merges WHERE seq > ? ORDER BY seq, rowid')
      .all(after) as StoryMerge[];
  }

  saveState(states: Record<string, string>): void {
    const now = new Date().toISOString();
    for (const [name, value] of Object.entries(states)) this.#saveState.run(name, value, now);
  }

  listStories(page: { limit: number; offset: number }): StoryRow[] {
    const rows = this.#listStories.all(
      clamp(page.limit),
      Math.max(0, Math.trunc(page.offset)),
    ) as StoryRowSql[];
    return rows.map(toStoryRow);
  }

  getStory(id: string): { story: StoryRow; articles: StoredAssignment[] } | null {
    const row = this.#storyRow.get(id) as StoryRowSql | undefined;
    if (!row) return null;
    const articles = this.#storyArticles.all(id) as AssignmentSql[];
    return { story: toStoryRow(row), articles: articles.map(toAssignment) };
  }

  storyRows(ids: string[]): StoryRow[] {
    return [...new Set(ids)].flatMap((id) => {
      const row = this.#storyRow.get(id) as StoryRowSql | undefined;
      return row ? [toStoryRow(row)] : [];
    });
  }

  assignmentsOf(articleIds: string[]): StoredAssignment[] {
    const found: StoredAssignment[] = [];
    for (const id of new Set(articleIds)) {
      const row = this.#assignmentOf.get(id) as AssignmentSql | undefined;
      if (row) found.push(toAssignment(row));
    }
    return found.sort((a, b) => a.seq - b.seq);
  }

  assignmentsAfter(after: number, limit: number): StoredAssignment[] {
    return (
      this.#db
        .prepare('SELECT * FROM article_stories WHERE seq > ? ORDER BY seq LIMIT ?')
        .all(after, Math.max(0, Math.trunc(limit))) as AssignmentSql[]
    ).map(toAssignment);
  }

  /**
   * Scans from a watermark: every article below it had a story when last looked at, and assignments are never
   * removed, so a reader asking every few seconds does not rescan 100 000 articles each time.
   */
  unassignedArticleIds(limit: number): string[] {
    // The end is read first: an article another writer stores meanwhile lies beyond it, for the next scan.
    const last = (this.#db.prepare('SELECT max(pk) FROM articles').pluck().get() as number | null) ?? 0;
    const rows = this.#db
      .prepare(
        `SELECT a.pk, a.id FROM articles a WHERE a.pk > ? AND a.pk <= ?
         AND NOT EXISTS (SELECT 1 FROM article_stories s WHERE s.article_id = a.id) ORDER BY a.pk LIMIT ?`,
      )
      .all(this.#filedBelow, last, Math.max(0, Math.trunc(limit))) as { pk: number; id: string }[];
    const first = rows[0];
    this.#filedBelow = Math.max(this.#filedBelow, first ? first.pk - 1 : last);
    return rows.map((row) => row.id);
  }

  deleteStates(names: string[]): void {
    const drop = this.#db.prepare('DELETE FROM corpus_state WHERE name = ?');
    for (const name of names) drop.run(name);
  }

  loadState(name: string): { value: string; seq: number } | null {
    return (
      (this.#db.prepare('SELECT value, seq FROM corpus_state WHERE name = ?').get(name) as
        { value: string; seq: number } | undefined) ?? null
    );
  }
}

function clamp(limit: number): number {
  return Number.isFinite(limit) ? Math.min(MAX_LIMIT, Math.max(0, Math.trunc(limit))) : 20;
}

function toStoryRow(row: StoryRowSql): StoryRow {
  return {
    id: row.id,
    title: row.title,
    titleArticleId: row.title_article_id,
    firstPublished: row.first_published,
    lastPublished: row.last_published,
    articleCount: row.article_count,
    updatedAt: row.updated_at,
  };
}

function toAssignment(row: AssignmentSql): StoredAssignment {
  return {
    seq: row.seq,
    articleId: row.article_id,
    storyId: row.story_id,
    links: JSON.parse(row.links) as Record<string, string>,
  };
}
