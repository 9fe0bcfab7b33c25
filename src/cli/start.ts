// `sakskart start` (what `npm start` runs): the example corpus in an empty database, then the story map served.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { DEFAULT_HOST, DEFAULT_LIMITS, DEFAULT_PORT } from '../server/index.ts';
import { defaultDbPath, openSqliteStore } from '../store/index.ts';
import { ingestPaths } from './ingest.ts';
import type { SetExit } from './main.ts';
import { parsePort, serveDatabase } from './serve.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const EXAMPLES = fileURLToPath(new URL('../../examples/articles/', import.meta.url));
const WEB_INDEX = fileURLToPath(new URL('../../web/dist/index.html', import.meta.url));

interface StartOptions {
  db?: string;
  port: number;
  serve: boolean;
}

export function registerStart(program: Command, setExit: SetExit): void {
  program
    .command('start')
    .description('first run: ingest the example corpus into an empty database, then serve the story map')
    .option('--db <path>', `database file (default ${defaultDbPath()})`)
    .option('--port <n>', 'port for the story map (0 picks a free one)', parsePort, DEFAULT_PORT)
    .option('--no-serve', 'only fill the database and show what is stored')
    .action(async (options: StartOptions) => {
      const dbPath = options.db ?? defaultDbPath();
      const store = openSqliteStore(dbPath);
      let stats = await store.stats();
      await store.close();
      if (stats.articles === 0) {
        process.stdout.write(`The database at ${dbPath} is empty: ingesting the example corpus.\n`);
        // Sources are recorded as given: a path relative to where the user stands reads better in the UI.
        const summary = await ingestPaths([relative(process.cwd(), EXAMPLES) || EXAMPLES], {
          db: dbPath,
          quiet: true,
        });
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
          'Also:',
          '  ./bin/sakskart search "budsjett"        full-text search with Norwegian stemming',
          '  ./bin/sakskart stories                  the stories the articles form',
          '  ./bin/sakskart ingest PATH|URL ...      add your own articles, feeds or JSONL dumps',
          '  ./bin/sakskart extract --json PATH ...  the extraction contract as JSON Lines',
          '',
        ].join('\n'),
      );
      if (!options.serve) return;
      if (!existsSync(WEB_INDEX)) {
        process.stdout.write('Building the web UI (first run only) ...\n');
        const built = spawnSync('npm', ['run', 'build:web'], { cwd: ROOT, stdio: 'inherit' });
        if (built.status !== 0)
          process.stderr.write('sakskart start: the web UI did not build; serving the API only\n');
      }
      await serveDatabase({
        port: options.port,
        host: DEFAULT_HOST,
        db: dbPath,
        maxBody: DEFAULT_LIMITS.maxBodyBytes,
        fetch: true,
      });
    });
}
