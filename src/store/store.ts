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

export interface Store {
  /** Stores one record in its own transaction; the same body (same id) again changes nothing. */
  putArticle(record: ArticleRecord): Promise<IngestResult>;
  getArticle(id: string): Promise<ArticleRecord | null>;
  /** Ids that start with the given prefix (for `show` with a short id). */
  findIds(prefix: string, limit?: number): Promise<string[]>;
  search(query: SearchQuery): Promise<SearchHit[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
