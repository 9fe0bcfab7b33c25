// The sakskart command line: one file per command, each thin over the library.
import { Command, CommanderError } from 'commander';
import { SakskartError } from '../errors.ts';
import { registerExtract } from './extract.ts';
import { registerIngest } from './ingest.ts';
import { registerSearch } from './search.ts';
import { registerShow } from './show.ts';
import { registerStats } from './stats.ts';
import { registerTag } from './tag.ts';
import { registerEval } from './eval.ts';
import { registerStart } from './start.ts';
import { registerServe } from './serve.ts';
import { registerExport } from './export.ts';
import { registerStories } from './stories.ts';

/** Runs the CLI with the given arguments; resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('sakskart')
    .description('Self-hosted news intelligence: articles in, a story map with evidence out.')
    .exitOverride()
    .showHelpAfterError();
  let exitCode = 0;
  const setExit = (code: number) => {
    exitCode = code;
  };
  registerStart(program, setExit);
  registerIngest(program, setExit);
  registerExtract(program, setExit);
  registerSearch(program, setExit);
  registerShow(program, setExit);
  registerStats(program, setExit);
  registerTag(program, setExit);
  registerEval(program, setExit);
  registerServe(program, setExit);
  registerExport(program, setExit);
  registerStories(program, setExit);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    process.stderr.write(`sakskart: ${error instanceof Error ? error.message : String(error)}\n`);
    return error instanceof SakskartError && error.code === 'BAD_OPTION' ? 2 : 1;
  }
  return exitCode;
}

export type SetExit = (code: number) => void;
