// Sources: where articles come from (files, folders, stdin, URLs, feeds, JSONL) -> RawArticle.
import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { SourceResult } from './raw-article.ts';
import { fetchUrl } from './fetch-url.ts';
import { listFolder } from './list-folder.ts';
import { readContainer } from './read-container.ts';
import { describeFsError, readFileBytes, readStreamBytes } from './read-file.ts';
import { DEFAULT_FETCH_TIMEOUT_MS, DEFAULT_MAX_BYTES, type ReadOptions } from './read-options.ts';

export type { RawArticle, SourceResult, SourceFormat } from './raw-article.ts';
export type { ReadOptions } from './read-options.ts';
export { DEFAULT_FETCH_TIMEOUT_MS, DEFAULT_MAX_BYTES } from './read-options.ts';

/**
 * One result per article or per unreadable input, in input order (folders sorted). Never throws: every
 * failure is an error result naming its source, and reading goes on with the next input.
 */
export async function* readSources(
  inputs: string[],
  options: ReadOptions = {},
): AsyncGenerator<SourceResult> {
  for (const input of inputs) {
    try {
      yield* readInput(input, options);
    } catch (error) {
      // A bug here must not end the run for the inputs after this one.
      yield { kind: 'error', source: input, error: `internal error: ${(error as Error).message}` };
    }
  }
}

async function* readInput(input: string, options: ReadOptions): AsyncGenerator<SourceResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const now = options.now?.toISOString() ?? null;
  if (input === '-') {
    const read = await readStreamBytes(options.stdin ?? process.stdin, maxBytes);
    if (!read.ok) yield { kind: 'error', source: '-', error: read.error };
    // stdin has no name, so its format is always sniffed.
    else yield* readContainer({ source: '-', bytes: read.bytes, fetchedAt: now ?? new Date().toISOString() });
    return;
  }
  if (/^https?:\/\//i.test(input)) {
    const timeoutMs = options.fetchTimeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS;
    const fetched = await fetchUrl(input, { timeoutMs, maxBytes });
    if (!fetched.ok) yield { kind: 'error', source: input, error: fetched.error };
    else {
      const { bytes, contentType, url, fetchedAt } = fetched;
      yield* readContainer({
        source: input,
        bytes,
        contentType,
        url,
        fetchedAt: now ?? fetchedAt.toISOString(),
      });
    }
    return;
  }
  const path = /^file:/i.test(input) ? fileURLToPath(input) : input;
  let isFolder: boolean;
  try {
    isFolder = (await stat(path)).isDirectory();
  } catch (error) {
    yield { kind: 'error', source: input, error: `cannot read: ${describeFsError(error)}` };
    return;
  }
  if (!isFolder) {
    yield* readPath(path, maxBytes, now);
    return;
  }
  let read = 0;
  let skipped = 0;
  for await (const entry of listFolder(path)) {
    if ('skipped' in entry) {
      skipped += 1;
      options.onSkip?.(entry.path, entry.skipped);
    } else if ('error' in entry) {
      read += 1;
      yield { kind: 'error', source: entry.path, error: entry.error };
    } else {
      read += 1;
      yield* readPath(entry.path, maxBytes, now);
    }
  }
  if (read === 0) {
    const why = skipped > 0 ? ` (${skipped} skipped as hidden or not article files)` : '';
    yield { kind: 'error', source: input, error: `folder has no files to read${why}` };
  }
}

async function* readPath(path: string, maxBytes: number, now: string | null): AsyncGenerator<SourceResult> {
  const read = await readFileBytes(path, maxBytes);
  if (!read.ok) {
    yield { kind: 'error', source: path, error: read.error };
    return;
  }
  const fetchedAt = now ?? read.modified?.toISOString() ?? null;
  yield* readContainer({ source: path, bytes: read.bytes, fetchedAt });
}
