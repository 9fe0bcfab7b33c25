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
  story: { id: string; title: string | null };
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
  /** Corpus state blobs (JSON text by name) to save as well. */
  state?: Record<string, string>;
}

export interface PutOptions {
  /**
   * Called inside the article's transaction when the article is new; what it returns is stored in that same
   * transaction, so an article is never stored without its story (or the reverse). If it throws, nothing is.
   */
  onAdded?: (record: ArticleRecord) => CorpusUpdate | undefined;
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
  /** Assignments of the given articles (those that have one). */
  assignmentsOf(articleIds: string[]): Promise<StoredAssignment[]>;
  /** Assignments with seq > `after`, in seq order. */
  assignmentsAfter(after: number, limit?: number): Promise<StoredAssignment[]>;
  /** Stories absorbed into others by assignments with seq > `after`, in seq order. */
  mergesAfter(after: number): Promise<StoryMerge[]>;
  /** Ids of stored articles with no story yet (stored by another path, or before stories existed), oldest first. */
  unassignedArticleIds(limit?: number): Promise<string[]>;
  /** A saved blob and the last assignment seq stored when it was saved (assignments after it are newer). */
  loadCorpusState(name: string): Promise<{ value: string; seq: number } | null>;
  /** Saves every given blob in one transaction, stamped with the current last assignment seq. */
  saveCorpusState(states: Record<string, string>): Promise<void>;
}

/** What a dialect opens: the article store with its stories. */
export type CorpusStore = Store & StoryStore;
