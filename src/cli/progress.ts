// A progress line on stderr for long runs, shown only when stderr is a terminal.
import cliProgress from 'cli-progress';
import type { RunCounts } from './analyze-inputs.ts';

export interface Progress {
  update(counts: RunCounts): void;
  stop(): void;
}

const quiet: Progress = { update: () => {}, stop: () => {} };

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return quiet;
  const started = Date.now();
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: '{articles} articles · {errors} errors · {rate}/s',
      hideCursor: true,
      clearOnComplete: true,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(0, 0, { articles: 0, errors: 0, rate: 0 });
  return {
    update(counts) {
      const seconds = (Date.now() - started) / 1000;
      const rate = seconds > 0 ? Math.round((counts.articles + counts.errors) / seconds) : 0;
      bar.update(0, { articles: counts.articles, errors: counts.errors, rate });
    },
    stop() {
      bar.stop();
    },
  };
}
