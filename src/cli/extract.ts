// `sakskart extract`: not built yet (stub, replaced by its owner).
import type { Command } from 'commander';
import type { SetExit } from './main.ts';

export function registerExtract(program: Command, setExit: SetExit): void {
  program
    .command('extract')
    .description('(not built yet)')
    .action(() => {
      process.stderr.write('sakskart extract: not built yet\n');
      setExit(2);
    });
}
