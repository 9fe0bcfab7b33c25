// `sakskart stories [--json]`: the stored stories, newest first, with their span, size and short version.
import { InvalidArgumentError, type Command } from 'commander';
import { createStoryReader, type StoryListItem } from '../corpus/story-reader.ts';
import { createStoryService } from '../corpus/story-service.ts';
import { defaultDbPath, openStore } from '../store/index.ts';
import type { SetExit } from './main.ts';

interface StoriesOptions {
  db?: string;
  json?: boolean;
  limit: number;
  offset: number;
}

export function registerStories(program: Command, setExit: SetExit): void {
  program
    .command('stories')
    .description('list the stored stories, newest first (export one with `sakskart export story ID`)')
    .option('--db <path>', 'database file (default: $SAKSKART_DB or ./.sakskart/sakskart.db)')
    .option('--json', 'print one JSON line per story: {id, title, from, to, articleCount, summary}')
    .option('--limit <n>', 'stories to list', parseCount, 20)
    .option('--offset <n>', 'stories to skip', parseCount, 0)
    .action(async (options: StoriesOptions) => {
      const store = openStore(options.db ?? defaultDbPath());
      try {
        const reader = createStoryReader(store, () => createStoryService(store));
        const stories = await reader.listStories({ limit: options.limit, offset: options.offset });
        process.stdout.write(
          options.json ? stories.map((s) => `${JSON.stringify(s)}\n`).join('') : formatStories(stories),
        );
        setExit(0);
      } finally {
        await store.close();
      }
    });
}

export function formatStories(stories: StoryListItem[]): string {
  if (stories.length === 0) return 'no stories stored\n';
  return stories
    .map((s) => {
      const span = s.from === null ? 'undated' : s.from === s.to ? s.from : `${s.from} … ${s.to ?? ''}`;
      const lines = [`${s.id}  ${s.title ?? '(no title)'}`, `  ${span}, ${s.articleCount} article(s)`];
      for (const sentence of s.summary) lines.push(`  · ${sentence}`);
      return `${lines.join('\n')}\n`;
    })
    .join('');
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('give a whole number');
  return Number(value);
}
