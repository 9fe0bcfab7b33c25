// `sakskart export story ID --format json|csv|graphml`: a story as JSON, a CSV of its facts, or its actor network.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { InvalidArgumentError, type Command } from 'commander';
import { isErrorLine, validateContractLine, type ArticleRecord } from '../contract/index.ts';
import {
  assembleStory,
  EXPORT_FORMATS,
  exportStory,
  type ExportFormat,
  type Story,
} from '../corpus/export/index.ts';
import { createStoryReader } from '../corpus/story-reader.ts';
import { createStoryService } from '../corpus/story-service.ts';
import { defaultDbPath, openStore } from '../store/index.ts';
import type { SetExit } from './main.ts';

interface ExportOptions {
  format: ExportFormat;
  fromRecords?: string;
  out?: string;
  db?: string;
}

/** The stored story `id`, assembled from its articles; null when there is none. */
async function readStoredStory(id: string, dbPath: string): Promise<Story | null> {
  const store = openStore(dbPath);
  try {
    const service = await createStoryService(store);
    const story = await createStoryReader(store, service).assemble(id);
    await service.flush();
    return story;
  } finally {
    await store.close();
  }
}

function parseFormat(value: string): ExportFormat {
  if ((EXPORT_FORMATS as readonly string[]).includes(value)) return value as ExportFormat;
  throw new InvalidArgumentError(`expected one of ${EXPORT_FORMATS.join(', ')}`);
}

/** Contract lines of a JSONL file; error lines and invalid lines are reported and skipped. */
export async function readRecordLines(
  path: string,
): Promise<{ records: ArticleRecord[]; problems: string[] }> {
  const text = await readFile(path, 'utf8');
  const records: ArticleRecord[] = [];
  const problems: string[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (!line.trim()) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      problems.push(`line ${i + 1}: not JSON`);
      continue;
    }
    const checked = validateContractLine(parsed);
    if (!checked.ok) problems.push(`line ${i + 1}: ${checked.problems.join('; ')}`);
    else if (isErrorLine(checked.line))
      problems.push(`line ${i + 1}: ${checked.line.source}: ${checked.line.error}`);
    else records.push(checked.line);
  }
  return { records, problems };
}

export function registerExport(program: Command, setExit: SetExit): void {
  const exporter = program.command('export').description('export stories and their facts');
  exporter
    .command('story')
    .description(
      'export one story: json (everything), csv (one row per fact and source), graphml (actor network for Gephi). ' +
        'ID is a stored story (see `sakskart stories`); with --from-records FILE.jsonl (output of ' +
        '`sakskart extract --json`) its records are treated as one story instead, and ID names it.',
    )
    .argument('[id]', 'story id (with --from-records: the id to give the story)')
    .option('--db <path>', `database file (default ${defaultDbPath()})`)
    .requiredOption('--format <format>', `output format: ${EXPORT_FORMATS.join(', ')}`, parseFormat)
    .option(
      '--from-records <file>',
      'contract JSONL file whose records form the story (instead of the database)',
    )
    .option('--out <file>', 'write here instead of standard output')
    .action(async (id: string | undefined, options: ExportOptions) => {
      if (options.fromRecords === undefined) {
        if (id === undefined) {
          process.stderr.write('sakskart export: give a story id (see `sakskart stories`)\n');
          setExit(2);
          return;
        }
        const dbPath = options.db ?? defaultDbPath();
        if (!existsSync(dbPath)) {
          process.stderr.write(
            `sakskart export: no sakskart database at ${dbPath}; pass --db PATH, or --from-records FILE.jsonl\n`,
          );
          setExit(2);
          return;
        }
        const stored = await readStoredStory(id, dbPath);
        if (!stored) {
          process.stderr.write(`sakskart export: no story with id ${id}\n`);
          setExit(1);
          return;
        }
        await write(exportStory(stored, options.format), options.out);
        return;
      }
      let read: Awaited<ReturnType<typeof readRecordLines>>;
      try {
        read = await readRecordLines(options.fromRecords);
      } catch (error) {
        process.stderr.write(
          `sakskart export: cannot read ${options.fromRecords}: ${(error as Error).message}\n`,
        );
        setExit(1);
        return;
      }
      for (const problem of read.problems) process.stderr.write(`sakskart export: skipped ${problem}\n`);
      if (read.records.length === 0) {
        process.stderr.write('sakskart export: no article records to export\n');
        setExit(1);
        return;
      }
      const story = assembleStory(read.records, id === undefined ? {} : { id });
      await write(exportStory(story, options.format), options.out);
    });
}

async function write(text: string, out: string | undefined): Promise<void> {
  if (out !== undefined) await writeFile(out, text, 'utf8');
  else process.stdout.write(text);
}
