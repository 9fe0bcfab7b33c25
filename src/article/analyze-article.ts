// The per-article pipeline entry: a RawArticle in, a contract record out. Pure: no I/O, no clock.
import type { ArticleRecord } from '../contract/index.ts';
import type { RawArticle } from '../sources/raw-article.ts';

export interface AnalyzeOptions {
  /** Anchor for relative times when the source gives no fetch time (`--now`). */
  now?: Date;
}

/** STUB until the cleaning and metadata stages land (owner: cleaning work). */
export function analyzeArticle(_raw: RawArticle, _options: AnalyzeOptions = {}): ArticleRecord {
  throw new Error('analyzeArticle: not built yet');
}
