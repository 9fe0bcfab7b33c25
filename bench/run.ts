// `npm run bench`: generates the corpus if missing, runs each phase in its own process, prints articles/s and peak memory.
//
// Usage: npm run bench -- [--articles 10000] [--corpus DIR] [--phase read|analyze|store|ingest]
// Each phase runs in a fresh child process so its peak RSS is its own, not the high-water mark of an earlier phase.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { defaultCorpusDir, generateCorpus, readCorpusManifest, type CorpusInfo } from './generate-corpus.ts';
import { phases, type PhaseName, type PhaseResult } from './phases.ts';

/** The issue's aim for the clean+store path on one core. */
const TARGET_ARTICLES_PER_SECOND = 500;
const RESULT_PREFIX = 'BENCH-RESULT ';

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

function isPhase(name: string | undefined): name is PhaseName {
  return name !== undefined && name in phases;
}

function ensureCorpus(articles: number, dir: string): CorpusInfo {
  const existing = readCorpusManifest(articles, dir);
  if (existing) return existing;
  console.log(`generating ${articles} articles in ${dir} ...`);
  return generateCorpus(articles, dir);
}

function runPhaseInChild(phase: PhaseName, articlesDir: string): PhaseResult {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', phase, '--articles-dir', articlesDir],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 },
  );
  const line = child.stdout.split('\n').find((l) => l.startsWith(RESULT_PREFIX));
  if (!line)
    throw new Error(`bench phase ${phase} exited with ${child.status ?? child.signal} and no result`);
  return JSON.parse(line.slice(RESULT_PREFIX.length)) as PhaseResult;
}

/** Column titles and widths; rows pad to the same widths so the table lines up. */
const COLUMNS: [string, number][] = [
  ['phase', 8],
  ['articles', 8],
  ['errors', 7],
  ['seconds', 8],
  ['articles/s', 10],
  ['cpu-s', 7],
  ['articles/cpu-s', 14],
  ['peak RSS MB', 11],
];

function formatCells(cells: string[]): string {
  return cells
    .map((cell, i) => (i === 0 ? cell.padEnd(COLUMNS[i]?.[1] ?? 0) : cell.padStart(COLUMNS[i]?.[1] ?? 0)))
    .join('  ');
}

function formatRow(result: PhaseResult): string {
  const perSecond = (seconds: number): string =>
    result.articles > 0 && seconds > 0 ? (result.articles / seconds).toFixed(0) : '-';
  const cells = formatCells([
    result.phase,
    String(result.articles),
    String(result.errors),
    result.seconds.toFixed(2),
    perSecond(result.seconds),
    result.cpuSeconds.toFixed(2),
    perSecond(result.cpuSeconds),
    result.peakRssMb.toFixed(0),
  ]);
  const notes = [
    result.note,
    result.firstError ? `first error: ${result.firstError.slice(0, 120)}` : null,
  ].filter(Boolean);
  return `${cells}${notes.length ? `  ${notes.join('; ')}` : ''}`;
}

async function main(): Promise<void> {
  const child = argument('--child');
  if (child !== undefined) {
    if (!isPhase(child)) throw new Error(`unknown phase ${child}`);
    const result = await phases[child](argument('--articles-dir') ?? '');
    console.log(`${RESULT_PREFIX}${JSON.stringify(result)}`);
    return;
  }

  const articles = Number(argument('--articles') ?? 10_000);
  if (!Number.isInteger(articles) || articles < 1)
    throw new Error('--articles needs a positive whole number');
  const corpus = ensureCorpus(articles, argument('--corpus') ?? defaultCorpusDir(articles));
  const only = argument('--phase');
  if (only !== undefined && !isPhase(only))
    throw new Error(`--phase must be one of ${Object.keys(phases).join(', ')}`);
  const selected: PhaseName[] = only ? [only] : ['read', 'clean', 'analyze', 'store', 'ingest'];

  console.log(
    `corpus: ${corpus.articles} articles, ${corpus.words} words, ${(corpus.bytes / 1e6).toFixed(1)} MB in ${corpus.articlesDir}`,
  );
  console.log(`node ${process.version}, one process per phase\n`);
  console.log(formatCells(COLUMNS.map(([title]) => title)));
  const results: PhaseResult[] = [];
  for (const phase of selected) {
    const result = runPhaseInChild(phase, corpus.articlesDir);
    results.push(result);
    console.log(formatRow(result));
  }
  // CPU time shows what one core could do when other work shares the machine and stretches wall time.
  const perCpu = (phase: PhaseName) => {
    const r = results.find((x) => x.phase === phase);
    return r && r.articles > 0 ? r.cpuSeconds / r.articles : undefined;
  };
  const clean = perCpu('clean');
  const store = perCpu('store');
  if (clean !== undefined && store !== undefined) {
    const rate = 1 / (clean + store);
    const verdict = rate >= TARGET_ARTICLES_PER_SECOND ? 'meets' : 'misses';
    console.log(
      `\nclean + store: ${rate.toFixed(0)} articles per CPU-second ${verdict} the aim of ` +
        `${TARGET_ARTICLES_PER_SECOND} articles/s on one core`,
    );
  }
  const analyze = perCpu('analyze');
  if (analyze !== undefined)
    console.log(`analysis with extraction: ${(analyze * 1000).toFixed(1)} ms CPU per article (aim: < 20 ms)`);
  const ingest = results.find((r) => r.phase === 'ingest');
  if (ingest && ingest.articles > 0)
    console.log(
      `whole ingest: ${(ingest.articles / ingest.seconds).toFixed(0)} articles/s wall, ` +
        `${(ingest.articles / Math.max(ingest.cpuSeconds, 1e-9)).toFixed(0)} per CPU-second`,
    );
}

await main();
