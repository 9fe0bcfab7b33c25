// `sakskart tag`: not built yet (stub, replaced by its owner).
import type { Command } from 'commander';
import type { SetExit } from './main.ts';

export function registerTag(program: Command, setExit: SetExit): void {
  program
    .command('tag')
    .description('(not built yet)')
    .action(() => {
      process.stderr.write('sakskart tag: not built yet\n');
      setExit(2);
    });
}
