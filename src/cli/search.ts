// `sakskart search`: not built yet (stub, replaced by its owner).
import type { Command } from 'commander';
import type { SetExit } from './main.ts';

export function registerSearch(program: Command, setExit: SetExit): void {
  program
    .command('search')
    .description('(not built yet)')
    .action(() => {
      process.stderr.write('sakskart search: not built yet\n');
      setExit(2);
    });
}
