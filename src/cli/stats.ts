// `sakskart stats`: not built yet (stub, replaced by its owner).
import type { Command } from 'commander';
import type { SetExit } from './main.ts';

export function registerStats(program: Command, setExit: SetExit): void {
  program
    .command('stats')
    .description('(not built yet)')
    .action(() => {
      process.stderr.write('sakskart stats: not built yet\n');
      setExit(2);
    });
}
