// `sakskart extract PATH...`: analyse articles and print them in the contract (JSON Lines with --json).
import type { Command } from 'commander';
import type { ArticleRecord } from '../contract/index.ts';
import { analyzeInputs, toReadOptions, type InputOptions } from './analyze-inputs.ts';
import type { SetExit } from './main.ts';

interface ExtractOptions extends InputOptions {
  json?: boolean;
}

export function registerExtract(program: Command, setExit: SetExit): void {
  program
    .command('extract')
    .description('analyse articles (files, folders, feeds, JSONL, URLs, - for stdin) and print the result')
    .argument('<paths...>', 'files, folders, feed or page URLs, or - for stdin')
    .option('--json', 'print one contract record (JSON) per line')
    .option('--now <datetime>', 'fetch time to resolve relative dates against (default: file time)')
    .option('--max-bytes <n>', 'refuse inputs larger than this (default 20 MB)')
    .action(async (paths: string[], options: ExtractOptions) => {
      const counts = await analyzeInputs(paths, toReadOptions(options), (result) => {
        if (options.json) process.stdout.write(JSON.stringify(result) + '\n');
        else if ('error' in result) process.stderr.write(`sakskart: ${result.source}: ${result.error}\n`);
        else process.stdout.write(formatRecord(result));
      });
      if (counts.articles === 0) setExit(1);
    });
}

function formatRecord(result: ArticleRecord): string {
  const words = result.body.split(/\s+/).filter(Boolean).length;
  const meta = [result.language ?? '??', result.published ?? 'no date', result.genre, `${words} words`];
  const removed = result.removed.length ? `, ${result.removed.length} removed` : '';
  return `✓ ${result.title ?? '(no headline)'}\n  ${meta.join(' · ')}${removed}\n  ${result.source}  ${result.id.slice(0, 10)}\n`;
}
