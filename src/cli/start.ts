// `sakskart start` (what `npm start` runs): a working store on first run, filled with the example corpus.
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { defaultDbPath, openSqliteStore } from '../store/index.ts';
import { ingestPaths } from './ingest.ts';
import type { SetExit } from './main.ts';

const EXAMPLES = fileURLToPath(new URL('../../examples/articles/', import.meta.url));

export function registerStart(program: Command, setExit: SetExit): void {
  program
    .command('start')
    .description('first run: ingest the example corpus into an empty database, then show what is stored')
    .option('--db <path>', `database file (default ${defaultDbPath()})`)
    .action(async (options: { db?: string }) => {
      const dbPath = options.db ?? defaultDbPath();
      const store = openSqliteStore(dbPath);
      let stats = await store.stats();
      await store.close();
      if (stats.articles === 0) {
        process.stdout.write(`The database at ${dbPath} is empty: ingesting the example corpus.\n`);
        const summary = await ingestPaths([EXAMPLES], { db: dbPath, quiet: true });
        if (summary.added === 0) setExit(1);
        const reopened = openSqliteStore(dbPath);
        stats = await reopened.stats();
        await reopened.close();
      }
      const languages = Object.entries(stats.byLanguage)
        .map(([code, n]) => `${code} ${n}`)
        .join(', ');
      process.stdout.write(
        [
          `${stats.articles} articles stored in ${dbPath} (${languages || 'none'})`,
          `published ${stats.firstPublished ?? '?'} to ${stats.lastPublished ?? '?'}`,
          '',
          'Next:',
          '  ./bin/sakskart search "budsjett"        full-text search with Norwegian stemming',
          '  ./bin/sakskart show ID                  one article: text, metadata, what cleaning removed',
          '  ./bin/sakskart ingest PATH|URL ...      add your own articles, feeds or JSONL dumps',
          '  ./bin/sakskart extract --json PATH ...  the extraction contract as JSON Lines',
          '',
        ].join('\n'),
      );
    });
}
