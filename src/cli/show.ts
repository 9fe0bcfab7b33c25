// `sakskart show ID`: one stored article for people (or its contract record with --json).
import type { Command } from 'commander';
import type { ArticleRecord } from '../contract/index.ts';
import { openStore } from '../store/index.ts';
import type { SetExit } from './main.ts';

interface ShowOptions {
  db?: string;
  json?: boolean;
  lines: number;
}

/** Shorter prefixes match too many ids to be useful as a handle. */
export const MIN_ID_PREFIX = 6;
const WRAP = 100;

export function registerShow(program: Command, setExit: SetExit): void {
  program
    .command('show')
    .description(
      'show one stored article: title, date, genre, language, the start of the body, what was removed',
    )
    .argument('<id>', `article id, or a unique prefix of at least ${MIN_ID_PREFIX} characters`)
    .option('--db <path>', 'database file (default: $SAKSKART_DB or ./.sakskart/sakskart.db)')
    .option(
      '--lines <n>',
      'how many lines of the body to show',
      (v) => Math.max(0, Number.parseInt(v, 10) || 0),
      12,
    )
    .option('--json', 'print the whole contract record as JSON')
    .action(async (id: string, options: ShowOptions) => {
      const prefix = id.trim().toLowerCase();
      if (prefix.length < MIN_ID_PREFIX) {
        process.stderr.write(`sakskart show: give at least ${MIN_ID_PREFIX} characters of the id\n`);
        setExit(1);
        return;
      }
      const store = openStore(options.db);
      try {
        const ids = await store.findIds(prefix, 6);
        if (ids.length !== 1) {
          process.stderr.write(
            ids.length === 0
              ? `sakskart show: no article with id ${id}\n`
              : `sakskart show: ${id} is ambiguous; it starts ${ids.length > 5 ? 'more than 5' : ids.length} ids: ${ids.slice(0, 5).join(', ')}\n`,
          );
          setExit(1);
          return;
        }
        const record = await store.getArticle(ids[0] ?? '');
        if (!record) {
          process.stderr.write(`sakskart show: no article with id ${id}\n`);
          setExit(1);
          return;
        }
        process.stdout.write(
          options.json ? `${JSON.stringify(record)}\n` : formatArticle(record, options.lines),
        );
        setExit(0);
      } finally {
        await store.close();
      }
    });
}

/** The article for reading in a terminal. */
export function formatArticle(record: ArticleRecord, maxLines = 12): string {
  const out: string[] = [record.title ?? '(no headline)'];
  out.push([record.published ?? 'no date', record.genre, record.language ?? 'language unknown'].join(' · '));
  out.push(`source: ${record.source}`, `id: ${record.id}`, '');
  const lines = wrapText(record.body, WRAP);
  const shown = lines.slice(0, maxLines);
  while (shown.at(-1) === '') shown.pop();
  out.push(...shown);
  const more = lines.filter(Boolean).length - shown.filter(Boolean).length;
  if (more > 0) out.push(`[… ${more} more line${more === 1 ? '' : 's'}; --lines N or --json for all]`);
  if (record.summaryGiven.length) {
    out.push('', 'Summary given by the article:', ...record.summaryGiven.map((item) => `  • ${item}`));
  }
  out.push('', record.removed.length ? `Removed (${record.removed.length}):` : 'Removed: nothing');
  for (const item of record.removed) out.push(`  ${item.why}: ${oneLine(item.text)}`);
  return `${out.join('\n')}\n`;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > WRAP ? `${flat.slice(0, WRAP - 1)}…` : flat;
}

/** Paragraphs wrapped at word boundaries to `width` columns, a blank line between paragraphs. */
function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\n\s*\n|\n/)) {
    if (!paragraph.trim()) continue;
    if (lines.length) lines.push('');
    let line = '';
    for (const word of paragraph.trim().split(/\s+/)) {
      if (line && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) lines.push(line);
  }
  return lines;
}
