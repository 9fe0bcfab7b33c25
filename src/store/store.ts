// The Store interface every database dialect implements (sqlite/ now, postgres/ later), checked by one shared suite.
import type { ArticleRecord, Genre } from '../contract/index.ts';

export type IngestStatus = 'added' | 'unchanged';

export interface IngestResult {
  id: string;
  status: IngestStatus;
}

export interface SearchQuery {
  text: string;
  language?: string;
  genre?: Genre;
  /** Inclusive ISO date bounds on `published` (YYYY, YYYY-MM or YYYY-MM-DD). */
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  id: string;
  title: string | null;
  published: string | null;
  language: string | null;
  genre: Genre;
  source: string;
  score: number;
  /** Body excerpt with matches wrapped in the markers below. */
  snippet: string;
}

/** Markers around matched words in snippets; the CLI turns them into colour, the UI into <mark>. */
export const HIGHLIGHT_START = '\u0002';
export const HIGHLIGHT_END = '\u0003';

export interface StoreStats {
  articles: number;
  byLanguage: Record<string, number>;
  byGenre: Record<string, number>;
  firstPublished: string | null;
  lastPublished: string | null;
  schemaVersion: number;
}

/** A story as listed: its row, kept up to date as articles are assigned. */
export interface StoryRow {
  id: string;
  title: string | null;
  /** The member whose headline is the title (its extractive summary is the story's short version). */
  titleArticleId: string | null;
  firstPublished: string | null;
  lastPublished: string | null;
  articleCount: number;
  updatedAt: string;
}

/** Where one article went: its story (as the clusterer describes it now) and its entities' global ids. */
export interface StoryAssignment {
  articleId: string;
  /** `titleArticleId`: the member whose headline `title` is (else the store looks it up among the members). */
  story: { id: string; title: string | null; titleArticleId?: string | null };
  /** Stories absorbed into `story.id`: their articles move to it and their rows go. */
  merged: string[];
  /** Local entity id -> global entity id (from the entity linker). */
  links: Record<string, string>;
}

export interface StoredAssignment {
  /** Order of assignment (increasing; saved corpus state records up to which seq it covers). */
  seq: number;
  articleId: string;
  storyId: string;
  links: Record<string, string>;
}

export interface StoryMerge {
  gone: string;
  into: string;
  /** The seq of the assignment that bridged the two. */
  seq: number;
}

/** What to write with a newly added article, in its transaction. */
export interface CorpusUpdate {
  assignment: StoryAssignment;
}

export interface PutOptions {
  /**
   * Called inside the article's transaction when the article is new; what it writes through `rows` and what
   * it returns are stored in that same transaction, so an article is never stored without its story (or the
   * reverse). If it throws, nothing is.
   */
  onAdded?: (record: ArticleRecord, rows: CorpusRows) => CorpusUpdate | undefined;
}

/** Which document-frequency table: stemmed words or folded entity name words. */
export type TermSpace = 'words' | 'entities';

/** A story's clustering state: its centroid, span and recency (members are rows of their own). */
export interface StoryCentroidRow {
  id: string;
  words: Record<string, number>;
  entities: Record<string, number>;
  /** Days since 1970-01-01, inclusive; null when no member has a usable date. */
  span: { from: number; to: number } | null;
  /** The clock value of its last indexing (recency among candidates). */
  touched: number;
  size: number;
}

export interface StoryMemberRow {
  articleId: string;
  storyId: string;
  title: string | null;
  published: string | null;
  /** Stemmed headline words, to choose the story's title without the article at hand. */
  titleTerms: string[];
}

/** A posting's story with what the candidate search filters and orders by, without its centroid. */
export interface PostedStory {
  storyId: string;
  span: { from: number; to: number } | null;
  touched: number;
}

/** A global entity without its growing lists (names and sources are rows of their own). */
export interface EntityCoreRow {
  id: string;
  name: string;
  type: string;
  mentionCount: number;
  /** Local names by how many articles used them (the canonical name is chosen from these). */
  votes: Record<string, number>;
}

export type EntityNameKind = 'alias' | 'role';

/**
 * The corpus layer's state as rows (clusterer and entity linker), read and written synchronously so that it
 * joins the article's transaction. One article reads and writes only the rows it touches. SQLite implements
 * it over tables; src/corpus has an in-memory twin for evaluation and tests.
 */
export interface CorpusRows {
  /** Takes in changes other connections made since the last call (drops read caches); cheap when none. */
  refresh(): void;
  counter(name: string): number;
  setCounter(name: string, value: number): void;
  /** Document frequencies of the given terms (absent terms are left out). */
  termCounts(space: TermSpace, terms: Iterable<string>): Map<string, number>;
  /** Adds to the document frequencies of the given terms (1 per new article; more when restoring). */
  countTerms(space: TermSpace, counts: Iterable<readonly [string, number]>): void;
  /** A story's row; `touched` (from `postings`) lets a cached copy of that version answer without a read. */
  story(id: string, touched?: number): StoryCentroidRow | undefined;
  putStory(row: StoryCentroidRow): void;
  deleteStory(id: string): void;
  /** Members in the order they joined; with `latest`, only the last so many. */
  members(storyId: string, latest?: number): StoryMemberRow[];
  addMember(row: StoryMemberRow): void;
  moveMembers(from: string, into: string): void;
  storyOfArticle(articleId: string): string | undefined;
  /** Per key, the `perKey` most recently posted stories (newest first). */
  postings(keys: string[], perKey: number): Map<string, PostedStory[]>;
  /** Posts the story under each key at `touched`, keeping the newest `perKey` per key. */
  post(storyId: string, keys: string[], touched: number, perKey: number): void;
  unpost(storyId: string): void;
  entity(id: string): EntityCoreRow | undefined;
  putEntity(row: EntityCoreRow): void;
  /** Records that the entity is named in the article; false if it already was. */
  addEntitySource(entityId: string, articleId: string): boolean;
  /** Records a spelling or role with its article; returns whether the text is new for the entity. */
  addEntityName(entityId: string, kind: EntityNameKind, text: string, articleId: string): boolean;
  entityIdsByKey(key: string): string[];
  addEntityKey(key: string, entityId: string): void;
  /** Fuzzy person index: words (with their entities) stored under a deletion variant in a scope. */
  fuzzyWords(scope: string, variant: string): { word: string; entityId: string }[];
  addFuzzyWord(scope: string, variant: string, word: string, entityId: string): void;
  surnameEntity(token: string): string | undefined;
  setSurnameEntity(token: string, entityId: string | null): void;
  /** Articles naming the entity, oldest first; with `latest`, only the last so many. */
  entitySources(entityId: string, latest?: number): string[];
  entitySourceCount(entityId: string): number;
  /** Spellings and roles with their articles; with `articleIds`, only those sources. */
  entityNames(
    entityId: string,
    articleIds?: string[],
  ): { kind: EntityNameKind; text: string; sources: string[] }[];
  /** Each spelling and role with how many articles used it, in the order first seen. */
  entityNameCounts(entityId: string): { kind: EntityNameKind; text: string; count: number }[];
  /** Every entity id (the in-memory twin and migrations; never on an ingest path). */
  entityIds(): string[];
  storyIds(): string[];
}

export interface Store {
  /** Stores one record in its own transaction; the same body (same id) again changes nothing. */
  putArticle(record: ArticleRecord, options?: PutOptions): Promise<IngestResult>;
  getArticle(id: string): Promise<ArticleRecord | null>;
  /** Ids that start with the given prefix (for `show` with a short id). */
  findIds(prefix: string, limit?: number): Promise<string[]>;
  search(query: SearchQuery): Promise<SearchHit[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}

/**
 * Stories kept beside the articles (the corpus layer writes them, the API reads them). A separate interface
 * only so that partial Store fakes in tests stay valid; every dialect implements both (see CorpusStore).
 */
export interface StoryStore {
  /** Assigns an article (already stored) to a story in one transaction; again for the same article moves it. */
  saveStoryAssignment(assignment: StoryAssignment): Promise<StoredAssignment>;
  /** Newest first (by last published date, then last update). */
  listStories(page: { limit: number; offset: number }): Promise<StoryRow[]>;
  /** The story's row and its articles' assignments in the order they joined; null for an unknown id. */
  getStory(id: string): Promise<{ story: StoryRow; articles: StoredAssignment[] } | null>;
  /** The rows of the given stories (those that exist), without their articles. */
  storyRows(ids: string[]): Promise<StoryRow[]>;
  /** Assignments of the given articles (those that have one). */
  assignmentsOf(articleIds: string[]): Promise<StoredAssignment[]>;
  /** Assignments with seq > `after`, in seq order. */
  assignmentsAfter(after: number, limit?: number): Promise<StoredAssignment[]>;
  /** Stories absorbed into others by assignments with seq > `after`, in seq order. */
  mergesAfter(after: number): Promise<StoryMerge[]>;
  /** Ids of stored articles with no story yet (stored by another path, or before stories existed), oldest first. */
  unassignedArticleIds(limit?: number): Promise<string[]>;
  /**
   * A saved blob and the last assignment seq stored when it was saved (assignments after it are newer).
   * Schema 4 and older kept the whole corpus state so; it is read once to convert it to rows.
   */
  loadCorpusState(name: string): Promise<{ value: string; seq: number } | null>;
  /** Saves every given blob in one transaction, stamped with the current last assignment seq. */
  saveCorpusState(states: Record<string, string>): Promise<void>;
  /** Drops saved blobs (once converted to rows). */
  deleteCorpusState(names: string[]): Promise<void>;
  /** The corpus state rows, for reads outside a put (API, restores). */
  corpusRows(): CorpusRows;
  /** Runs `work` in one transaction over the rows (a restore from saved blobs). */
  inTransaction<T>(work: (rows: CorpusRows) => T): Promise<T>;
  /**
   * Files a stored article that has no story yet: `file` runs in one transaction with the assignment it
   * returns, as `onAdded` does for a new article. Null when it returns nothing.
   */
  fileStoredArticle(
    record: ArticleRecord,
    file: (record: ArticleRecord, rows: CorpusRows) => CorpusUpdate | undefined,
  ): Promise<StoredAssignment | null>;
}

/** What a dialect opens: the article store with its stories. */
export type CorpusStore = Store & StoryStore;
