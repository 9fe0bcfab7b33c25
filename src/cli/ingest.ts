// `sakskart ingest`: not built yet (stub, replaced by its owner).
import type { Command } from 'commander';
import type { SetExit } from './main.ts';

export function registerIngest(program: Command, setExit: SetExit): void {
  program
    .command('ingest')
    .description('(not built yet)')
    .action(() => {
      process.stderr.write('sakskart ingest: not built yet\n');
      setExit(2);
    });
}
