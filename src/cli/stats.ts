// `sakskart stats`: what the database holds, by language, genre and date span.
import type { Command } from 'commander';
import { defaultDbPath, openStore, type StoreStats } from '../store/index.ts';
import type { SetExit } from './main.ts';

interface StatsOptions {
  db?: string;
  json?: boolean;
}

export function registerStats(program: Command, setExit: SetExit): void {
  program
    .command('stats')
    .description('count the stored articles by language and genre, and give their date span')
    .option('--db <path>', 'database file (default: $SAKSKART_DB or ./.sakskart/sakskart.db)')
    .option('--json', 'print the counts as JSON')
    .action(async (options: StatsOptions) => {
      const path = options.db ?? defaultDbPath();
      const store = openStore(path);
      try {
        const stats = await store.stats();
        process.stdout.write(options.json ? `${JSON.stringify(stats)}\n` : formatStats(stats, path));
        setExit(0);
      } finally {
        await store.close();
      }
    });
}

export function formatStats(stats: StoreStats, path: string): string {
  const counts = (byKey: Record<string, number>) =>
    Object.entries(byKey)
      .map(([key, n]) => `${key} ${n}`)
      .join(', ') || '–';
  const span =
    stats.firstPublished === null
      ? 'no dates'
      : `${stats.firstPublished} … ${stats.lastPublished ?? stats.firstPublished}`;
  return [
    `Articles:  ${stats.articles}`,
    `Languages: ${counts(stats.byLanguage)}`,
    `Genres:    ${counts(stats.byGenre)}`,
    `Published: ${span}`,
    `Database:  ${path} (schema ${stats.schemaVersion})`,
    '',
  ].join('\n');
}
