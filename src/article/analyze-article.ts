// The per-article pipeline entry: a RawArticle in, a contract record out. Pure: no I/O, no clock.
import { SCHEMA_VERSION, type ArticleRecord } from '../contract/index.ts';
import type { RawArticle } from '../sources/raw-article.ts';
import { hashBody } from './hash-body.ts';
import { runPipeline, type Finding } from './pipeline.ts';

export interface AnalyzeOptions {
  /** Anchor for relative times when the source gives no fetch time (`--now`). */
  now?: Date;
}

/** The record and what each stage noticed on the way (rule ids for `extract --explain`). */
export function analyzeArticleWithFindings(
  raw: RawArticle,
  options: AnalyzeOptions = {},
): { record: ArticleRecord; findings: Finding[] } {
  const { draft, findings } = runPipeline(raw, options.now ?? null);
  const record: ArticleRecord = {
    schema: SCHEMA_VERSION,
    id: hashBody(draft.body),
    source: raw.source,
    title: draft.title,
    language: draft.language,
    published: draft.published,
    genre: draft.genre,
    body: draft.body,
    removed: draft.removed,
    summary: [],
    summaryGiven: draft.summaryGiven,
    entities: [],
    quotes: [],
    claims: [],
    events: [],
    relations: [],
  };
  return { record, findings };
}

export function analyzeArticle(raw: RawArticle, options: AnalyzeOptions = {}): ArticleRecord {
  return analyzeArticleWithFindings(raw, options).record;
}
