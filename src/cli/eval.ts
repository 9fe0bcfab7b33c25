// `sakskart eval`: not built yet (stub, replaced by its owner).
import type { Command } from 'commander';
import type { SetExit } from './main.ts';

export function registerEval(program: Command, setExit: SetExit): void {
  program
    .command('eval')
    .description('(not built yet)')
    .action(() => {
      process.stderr.write('sakskart eval: not built yet\n');
      setExit(2);
    });
}
