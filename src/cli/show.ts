// `sakskart show`: not built yet (stub, replaced by its owner).
import type { Command } from 'commander';
import type { SetExit } from './main.ts';

export function registerShow(program: Command, setExit: SetExit): void {
  program
    .command('show')
    .description('(not built yet)')
    .action(() => {
      process.stderr.write('sakskart show: not built yet\n');
      setExit(2);
    });
}
