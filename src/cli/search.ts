// `sakskart search QUERY`: full-text search of the stored articles, ranked, with highlighted snippets.
import { InvalidArgumentError, type Command } from 'commander';
import { genreSchema, type Genre } from '../contract/index.ts';
import {
  HIGHLIGHT_END,
  HIGHLIGHT_START,
  openStore,
  type SearchHit,
  type SearchQuery,
} from '../store/index.ts';
import type { SetExit } from './main.ts';

interface SearchOptions {
  db?: string;
  lang?: string;
  genre?: Genre;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
  json?: boolean;
}

const BOLD_YELLOW = '\u001b[1;33m';
const RESET = '\u001b[0m';
const TITLE_WORDS = 8;

export function registerSearch(program: Command, setExit: SetExit): void {
  program
    .command('search')
    .description('search stored articles (words are stemmed: "soldatene" finds "soldater")')
    .argument('[query...]', 'words (all required), "a quoted phrase", -word to exclude; empty lists by date')
    .option('--db <path>', 'database file (default: $SAKSKART_DB or ./.sakskart/sakskart.db)')
    .option('--lang <code>', 'only articles in this language (nb, nn, da, sv, en, de)')
    .option('--genre <genre>', `only this genre (${genreSchema.options.join(', ')})`, parseGenre)
    .option('--from <date>', 'published on or after (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'published on or before (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--limit <n>', 'at most this many hits', parseCount, 10)
    .option('--offset <n>', 'skip this many hits first (paging)', parseCount, 0)
    .option('--json', 'print each hit as one JSON line')
    .action(async (words: string[], options: SearchOptions) => {
      const query: SearchQuery = { text: words.join(' '), limit: options.limit, offset: options.offset };
      if (options.lang !== undefined) query.language = options.lang;
      if (options.genre !== undefined) query.genre = options.genre;
      if (options.from !== undefined) query.from = options.from;
      if (options.to !== undefined) query.to = options.to;
      const store = openStore(options.db);
      try {
        const hits = await store.search(query);
        if (options.json) {
          for (const hit of hits) process.stdout.write(`${JSON.stringify(hit)}\n`);
        } else if (hits.length === 0) {
          process.stderr.write('no articles match\n');
        } else {
          const colour = Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'];
          for (const [i, hit] of hits.entries()) {
            // Without a headline, the article's own first words stand in (the snippet may start mid-text).
            const lead = hit.title ?? (await store.getArticle(hit.id))?.body ?? '';
            process.stdout.write(formatHit(hit, options.offset + i + 1, colour, lead));
          }
        }
        setExit(0);
      } finally {
        await store.close();
      }
    });
}

/** One hit for people: rank, title (or the first words of `lead`), date, short id, then the snippet indented. */
export function formatHit(hit: SearchHit, rank: number, colour: boolean, lead = hit.snippet): string {
  const plainLead = lead.replaceAll(HIGHLIGHT_START, '').replaceAll(HIGHLIGHT_END, '').replace(/^…/, '');
  const words = plainLead.split(/\s+/).filter(Boolean);
  const title =
    hit.title ?? `${words.slice(0, TITLE_WORDS).join(' ')}${words.length > TITLE_WORDS ? ' …' : ''}`;
  const meta = [hit.published ?? 'no date', hit.genre, hit.language ?? '??', hit.id.slice(0, 10)].join(' · ');
  const heading = colour ? `\u001b[1m${title}${RESET}` : title;
  return `${String(rank).padStart(3)}. ${heading}\n     ${meta}\n     ${renderHighlights(hit.snippet, colour)}\n\n`;
}

/** Turns the snippet markers into bold colour on a terminal, and into [brackets] elsewhere. */
export function renderHighlights(snippet: string, colour: boolean): string {
  return snippet
    .replaceAll(HIGHLIGHT_START, colour ? BOLD_YELLOW : '[')
    .replaceAll(HIGHLIGHT_END, colour ? RESET : ']');
}

function parseGenre(value: string): Genre {
  const parsed = genreSchema.safeParse(value);
  if (!parsed.success) throw new InvalidArgumentError(`use one of ${genreSchema.options.join(', ')}`);
  return parsed.data;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('give a whole number ≥ 0');
  return Number(value);
}
