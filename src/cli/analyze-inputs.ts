// Shared loop of `extract` and `ingest`: read every input, analyse each article, hand results on, never stop early.
import { analyzeArticleWithFindings, type Explanation } from '../article/analyze-article.ts';
import type { Finding } from '../article/pipeline.ts';
import type { ArticleRecord, ErrorRecord } from '../contract/index.ts';
import { SCHEMA_VERSION } from '../contract/index.ts';
import { SakskartError } from '../errors.ts';
import { readSources, type ReadOptions } from '../sources/index.ts';
import { createProgress } from './progress.ts';

export interface InputOptions {
  now?: string;
  maxBytes?: string;
}

/** Why each item of a record is there: the rule or model behind it and what the stages noticed. */
export interface Provenance {
  explanations: Explanation[];
  findings: Finding[];
}

export interface RunCounts {
  articles: number;
  errors: number;
}

/** Parses the shared `--now` and `--max-bytes` options into ReadOptions; throws with a user message when malformed. */
export function toReadOptions(options: InputOptions): ReadOptions {
  const read: ReadOptions = {};
  if (options.now !== undefined) {
    const now = new Date(options.now);
    if (Number.isNaN(now.getTime()))
      throw new SakskartError('BAD_OPTION', `--now: not a date/time: ${options.now}`);
    read.now = now;
  }
  if (options.maxBytes !== undefined) {
    const bytes = Number(options.maxBytes);
    if (!Number.isInteger(bytes) || bytes <= 0)
      throw new SakskartError('BAD_OPTION', `--max-bytes: not a positive integer: ${options.maxBytes}`);
    read.maxBytes = bytes;
  }
  return read;
}

/**
 * Reads and analyses every input; `onResult` gets each record or error line in input order.
 * An article whose analysis throws becomes an error line for that article only.
 */
export async function analyzeInputs(
  inputs: string[],
  read: ReadOptions,
  onResult: (result: ArticleRecord | ErrorRecord, provenance?: Provenance) => void | Promise<void>,
): Promise<RunCounts> {
  const counts: RunCounts = { articles: 0, errors: 0 };
  const progress = createProgress();
  try {
    for await (const item of readSources(inputs, read)) {
      let result: ArticleRecord | ErrorRecord;
      let provenance: Provenance | undefined;
      if (item.kind === 'error') {
        result = { schema: SCHEMA_VERSION, source: item.source, error: item.error };
      } else {
        try {
          const analysed = analyzeArticleWithFindings(item.article, read.now ? { now: read.now } : {});
          result = analysed.record;
          provenance = { explanations: analysed.explanations, findings: analysed.findings };
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          result = {
            schema: SCHEMA_VERSION,
            source: item.article.source,
            error: `analysis failed: ${message}`,
          };
        }
      }
      if ('error' in result) counts.errors++;
      else counts.articles++;
      await onResult(result, provenance);
      progress.update(counts);
    }
  } finally {
    progress.stop();
  }
  return counts;
}
