// `sakskart ingest PATH...`: analyse articles and store them; re-ingesting the same body changes nothing.
import type { Command } from 'commander';
import { createStoryService } from '../corpus/story-service.ts';
import { defaultDbPath, openSqliteStore } from '../store/index.ts';
import { analyzeInputs, toReadOptions, type InputOptions } from './analyze-inputs.ts';
import type { SetExit } from './main.ts';

interface IngestOptions extends InputOptions {
  db?: string;
  json?: boolean;
  quiet?: boolean;
}

export function registerIngest(program: Command, setExit: SetExit): void {
  program
    .command('ingest')
    .description('analyse articles and store them in the database')
    .argument('<paths...>', 'files, folders, feed or page URLs, or - for stdin')
    .option('--db <path>', `database file (default ${defaultDbPath()})`)
    .option('--now <datetime>', 'fetch time to resolve relative dates against (default: file time)')
    .option('--max-bytes <n>', 'refuse inputs larger than this (default 20 MB)')
    .option('--json', 'print one line per input: {id, source, status} or {source, error}')
    .option('-q, --quiet', 'print only the summary and errors')
    .action(async (paths: string[], options: IngestOptions) => {
      const summary = await ingestPaths(paths, options);
      if (summary.added + summary.unchanged === 0) setExit(1);
    });
}

export interface IngestSummary {
  added: number;
  unchanged: number;
  errors: number;
}

/** Ingests every input into the store at `options.db`; each article is committed on its own, with its story. */
export async function ingestPaths(paths: string[], options: IngestOptions): Promise<IngestSummary> {
  const dbPath = options.db ?? defaultDbPath();
  const store = openSqliteStore(dbPath);
  const summary: IngestSummary = { added: 0, unchanged: 0, errors: 0 };
  try {
    const stories = await createStoryService(store);
    await analyzeInputs(paths, toReadOptions(options), async (result) => {
      if ('error' in result) {
        summary.errors++;
        if (options.json)
          process.stdout.write(JSON.stringify({ source: result.source, error: result.error }) + '\n');
        else process.stderr.write(`sakskart: ${result.source}: ${result.error}\n`);
        return;
      }
      const stored = await stories.put(result);
      summary[stored.status]++;
      if (options.json)
        process.stdout.write(
          JSON.stringify({ id: stored.id, source: result.source, status: stored.status }) + '\n',
        );
      else if (!options.quiet)
        process.stdout.write(
          `${stored.status === 'added' ? '+' : '='} ${stored.id.slice(0, 10)}  ${result.title ?? result.source}\n`,
        );
    });
    await stories.flush();
  } finally {
    await store.close();
  }
  if (!options.json)
    process.stderr.write(
      `ingested into ${dbPath}: ${summary.added} added, ${summary.unchanged} already stored (unchanged), ${summary.errors} errors\n`,
    );
  return summary;
}
