// The three measured bench phases: read the corpus, analyze each article, and the whole ingest path into a store.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeArticle } from '../src/article/analyze-article.ts';
import { runPipeline } from '../src/article/pipeline.ts';
import { readSources, type RawArticle } from '../src/sources/index.ts';
import type { ArticleRecord } from '../src/contract/index.ts';
import { openSqliteStore, type Store } from '../src/store/index.ts';

export type PhaseName = 'read' | 'clean' | 'analyze' | 'store' | 'ingest';

export interface PhaseResult {
  phase: PhaseName;
  /** Articles that went through the phase without error. */
  articles: number;
  errors: number;
  firstError: string | null;
  seconds: number;
  /** User + system CPU time of the phase: steadier than wall time on a shared machine. */
  cpuSeconds: number;
  /** Peak resident set size of the process that ran the phase, in MB. */
  peakRssMb: number;
  note: string | null;
}

/** The fixed clock for relative times ("3 hours ago"), so analysis does the same work on every run. */
const NOW = new Date('2024-06-01T12:00:00Z');

export function peakRssMb(): number {
  // resourceUsage().maxRSS is in kilobytes; memoryUsage().rss covers platforms where it reports 0.
  return Math.max(process.resourceUsage().maxRSS / 1024, process.memoryUsage().rss / 1048576);
}

function startClock(): () => { seconds: number; cpuSeconds: number } {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return { seconds: (performance.now() - wall) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What readSources yields for the corpus folder. */
async function collectSources(
  articlesDir: string,
): Promise<{ articles: RawArticle[]; errors: number; firstError: string | null }> {
  const articles: RawArticle[] = [];
  let errors = 0;
  let firstError: string | null = null;
  for await (const result of readSources([articlesDir], { now: NOW })) {
    if (result.kind === 'article') articles.push(result.article);
    else {
      errors++;
      firstError ??= `${result.source}: ${result.error}`;
    }
  }
  return { articles, errors, firstError };
}

/** Raw articles straight from the files, for the store phase's bare records. */
function readFilesDirectly(articlesDir: string): RawArticle[] {
  return readdirSync(articlesDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({
      source: join(articlesDir, name),
      format: 'text' as const,
      text: readFileSync(join(articlesDir, name), 'utf8'),
      title: null,
      published: null,
      language: null,
      byline: null,
      fetchedAt: NOW.toISOString(),
      url: null,
    }));
}

export async function runReadPhase(articlesDir: string): Promise<PhaseResult> {
  const clock = startClock();
  const { articles, errors, firstError } = await collectSources(articlesDir);
  const { seconds, cpuSeconds } = clock();
  return {
    phase: 'read',
    articles: articles.length,
    errors,
    firstError,
    seconds,
    cpuSeconds,
    peakRssMb: peakRssMb(),
    note: null,
  };
}

/** Language, cleaning and metadata only (the pipeline before extraction): the path issue 2 measures. */
export async function runCleanPhase(articlesDir: string): Promise<PhaseResult> {
  const { articles, errors, firstError } = await collectSources(articlesDir);
  const clock = startClock();
  for (const raw of articles) runPipeline(raw, NOW);
  const { seconds, cpuSeconds } = clock();
  return {
    phase: 'clean',
    articles: articles.length,
    errors,
    firstError,
    seconds,
    cpuSeconds,
    peakRssMb: peakRssMb(),
    note: 'language + cleaning + metadata, no extraction',
  };
}

export async function runAnalyzePhase(articlesDir: string): Promise<PhaseResult> {
  const { articles } = await collectSources(articlesDir);
  let done = 0;
  let errors = 0;
  let firstError: string | null = null;
  const clock = startClock();
  for (const raw of articles) {
    try {
      analyzeArticle(raw, { now: NOW });
      done++;
    } catch (error) {
      errors++;
      firstError ??= describe(error);
    }
  }
  const { seconds, cpuSeconds } = clock();
  return {
    phase: 'analyze',
    articles: done,
    errors,
    firstError,
    seconds,
    cpuSeconds,
    peakRssMb: peakRssMb(),
    note: null,
  };
}

/** A record with headline and body but no extractions: what the store costs apart from the analysis. */
function bareRecord(raw: RawArticle): ArticleRecord {
  const [title = '', ...rest] = raw.text.split('\n');
  const body = rest.join('\n').trim();
  return {
    schema: 1,
    id: createHash('sha1').update(body).digest('hex'),
    source: raw.source,
    title,
    language: 'nb',
    published: null,
    genre: 'news',
    body,
    removed: [],
    summary: [],
    summaryGiven: [],
    entities: [],
    quotes: [],
    claims: [],
    events: [],
    relations: [],
  };
}

export async function runStorePhase(articlesDir: string): Promise<PhaseResult> {
  const records = readFilesDirectly(articlesDir).map(bareRecord);
  return withStore(async (store) => {
    let done = 0;
    let errors = 0;
    let firstError: string | null = null;
    const clock = startClock();
    for (const record of records) {
      try {
        await store.putArticle(record);
        done++;
      } catch (error) {
        errors++;
        firstError ??= describe(error);
      }
    }
    const { seconds, cpuSeconds } = clock();
    return {
      phase: 'store',
      articles: done,
      errors,
      firstError,
      seconds,
      cpuSeconds,
      peakRssMb: peakRssMb(),
      note: 'bare records, no extractions',
    };
  });
}

/** Runs `measure` against a fresh store in a temp dir, removed afterwards. */
async function withStore(measure: (store: Store) => Promise<PhaseResult>): Promise<PhaseResult> {
  const dbDir = mkdtempSync(join(tmpdir(), 'sakskart-bench-db-'));
  try {
    const store = openSqliteStore(join(dbDir, 'bench.sqlite'));
    try {
      return await measure(store);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dbDir, { recursive: true, force: true });
  }
}

export async function runIngestPhase(articlesDir: string): Promise<PhaseResult> {
  return withStore(async (store) => {
    let done = 0;
    let errors = 0;
    let firstError: string | null = null;
    const clock = startClock();
    // Streaming, as `sakskart ingest` does it: one article read, analyzed and stored before the next.
    for await (const result of readSources([articlesDir], { now: NOW })) {
      try {
        if (result.kind === 'error') throw new Error(`${result.source}: ${result.error}`);
        await store.putArticle(analyzeArticle(result.article, { now: NOW }));
        done++;
      } catch (error) {
        errors++;
        firstError ??= describe(error);
      }
    }
    const { seconds, cpuSeconds } = clock();
    return {
      phase: 'ingest',
      articles: done,
      errors,
      firstError,
      seconds,
      cpuSeconds,
      peakRssMb: peakRssMb(),
      note: null,
    };
  });
}

export const phases: Record<PhaseName, (articlesDir: string) => Promise<PhaseResult>> = {
  read: runReadPhase,
  clean: runCleanPhase,
  analyze: runAnalyzePhase,
  store: runStorePhase,
  ingest: runIngestPhase,
};
