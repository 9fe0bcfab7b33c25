// `sakskart export story ID --format json|csv|graphml`: a story as JSON, a CSV of its facts, or its actor network.
import { readFile, writeFile } from 'node:fs/promises';
import { InvalidArgumentError, type Command } from 'commander';
import { isErrorLine, validateContractLine, type ArticleRecord } from '../contract/index.ts';
import { assembleStory, EXPORT_FORMATS, exportStory, type ExportFormat } from '../corpus/export/index.ts';
import type { SetExit } from './main.ts';

interface ExportOptions {
  format: ExportFormat;
  fromRecords?: string;
  out?: string;
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
        'Stories are not stored yet: pass --from-records FILE.jsonl (output of `sakskart extract --json`); ' +
        'its records are treated as one story and ID names it.',
    )
    .argument('[id]', 'story id (with --from-records: the id to give the story)')
    .requiredOption('--format <format>', `output format: ${EXPORT_FORMATS.join(', ')}`, parseFormat)
    .option(
      '--from-records <file>',
      'contract JSONL file whose records form the story (until stories are stored)',
    )
    .option('--out <file>', 'write here instead of standard output')
    .action(async (id: string | undefined, options: ExportOptions) => {
      if (options.fromRecords === undefined) {
        process.stderr.write('sakskart export: stories are not stored yet; pass --from-records FILE.jsonl\n');
        setExit(2);
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
      const text = exportStory(story, options.format);
      if (options.out !== undefined) await writeFile(options.out, text, 'utf8');
      else process.stdout.write(text);
    });
}
