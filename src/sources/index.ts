// Sources: where articles come from (files, folders, stdin, URLs, feeds, JSONL) -> RawArticle.
import type { SourceResult } from './raw-article.ts';

export type { RawArticle, SourceResult, SourceFormat } from './raw-article.ts';

export interface ReadOptions {
  /** Fetch time to record when a source has none of its own (`--now`). */
  now?: Date;
  /** Inputs larger than this many bytes are refused with an error line. */
  maxBytes?: number;
  /** Milliseconds before a URL fetch is given up. */
  fetchTimeoutMs?: number;
}

/** STUB until the sources land (owner: sources work). Yields one result per article or per unreadable input. */
export async function* readSources(inputs: string[], _options: ReadOptions = {}): AsyncGenerator<SourceResult> {
  for (const input of inputs) yield { kind: 'error', source: input, error: 'sources not built yet' };
}
