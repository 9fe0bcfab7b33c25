// `sakskart extract PATH...`: analyse articles and print them in the contract (JSON Lines with --json).
import type { Command } from 'commander';
import type { ArticleRecord } from '../contract/index.ts';
import { analyzeInputs, toReadOptions, type InputOptions, type Provenance } from './analyze-inputs.ts';
import type { SetExit } from './main.ts';

interface ExtractOptions extends InputOptions {
  json?: boolean;
  explain?: boolean;
}

export function registerExtract(program: Command, setExit: SetExit): void {
  program
    .command('extract')
    .description('analyse articles (files, folders, feeds, JSONL, URLs, - for stdin) and print the result')
    .argument('<paths...>', 'files, folders, feed or page URLs, or - for stdin')
    .option('--json', 'print one contract record (JSON) per line')
    .option('--explain', 'show for every item the rule or model that produced it and its evidence span')
    .option('--now <datetime>', 'fetch time to resolve relative dates against (default: file time)')
    .option('--max-bytes <n>', 'refuse inputs larger than this (default 20 MB)')
    .action(async (paths: string[], options: ExtractOptions) => {
      const counts = await analyzeInputs(paths, toReadOptions(options), (result, provenance) => {
        if (options.json) {
          // --explain adds an `explain` field; the contract allows added fields.
          const line =
            options.explain && provenance && !('error' in result)
              ? { ...result, explain: provenance }
              : result;
          process.stdout.write(JSON.stringify(line) + '\n');
        } else if ('error' in result) process.stderr.write(`sakskart: ${result.source}: ${result.error}\n`);
        else {
          process.stdout.write(formatRecord(result));
          if (options.explain && provenance) process.stdout.write(formatExplanation(result, provenance));
        }
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

function formatExplanation(record: ArticleRecord, { explanations, findings }: Provenance): string {
  const lines: string[] = [];
  for (const f of findings) lines.push(`  ~ ${f.rule}: ${f.message}${f.text ? ` «${clip(f.text)}»` : ''}`);
  for (const e of explanations) {
    const item = record[e.field][e.index];
    const label =
      e.field === 'entities' && item && 'name' in item
        ? `${item.name} (${item.type})`
        : `«${clip(record.body.slice(e.start, e.end))}»`;
    lines.push(`  ${e.field.slice(0, -1)} ${label}  ← ${e.rule} [${e.start}-${e.end}]`);
  }
  return lines.join('\n') + '\n';
}

function clip(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? flat.slice(0, max - 1) + '…' : flat;
}
