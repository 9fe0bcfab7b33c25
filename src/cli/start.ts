// `sakskart start`: not built yet (stub, replaced by its owner).
import type { Command } from 'commander';
import type { SetExit } from './main.ts';

export function registerStart(program: Command, setExit: SetExit): void {
  program
    .command('start')
    .description('(not built yet)')
    .action(() => {
      process.stderr.write('sakskart start: not built yet\n');
      setExit(2);
    });
}
