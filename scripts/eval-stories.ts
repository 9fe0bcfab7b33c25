// `node --import tsx scripts/eval-stories.ts [--scale 1000,10000] [--threshold 0.19]`: story clustering figures.
//
// Without --scale: pairwise precision/recall/F1 on test/fixtures/stories and the seed stories.
// With --scale: the labelled set copied to each size with shifted dates, time per added article (sparse copies
// 150 days apart, scored against story#copy labels, and dense copies 1 day apart, the cost worst case).
import { evaluateStories, readLabelledSet } from '../src/corpus/evaluate-stories.ts';
import { runScale } from '../src/corpus/scale-stories.ts';
import type { StoryClustererOptions } from '../src/corpus/story-clusterer.ts';

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

const options: StoryClustererOptions = {};
const threshold = argument('--threshold');
if (threshold !== undefined) options.threshold = Number(threshold);
const scale = argument('--scale');

if (scale === undefined) {
  console.log(await evaluateStories(options));
} else {
  const sizes = scale.split(',').map(Number);
  const items = await readLabelledSet();
  for (const [layout, spacing] of [
    ['sparse', 200],
    ['dense', 1],
  ] as const) {
    const run = runScale(items, sizes, spacing, options);
    console.log(`${layout} copies (${spacing} days apart):`);
    for (const point of run.points) {
      const kb = (point.stateBytes / 1024).toFixed(0);
      console.log(
        `  ${point.articles} articles: ${point.msPerArticle.toFixed(3)} ms/article, ${point.stories} stories, state ${kb} kB`,
      );
    }
    if (layout === 'sparse') {
      const { precision, recall, f1 } = run;
      console.log(
        `  pairwise P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)} (first 2000)`,
      );
    }
  }
}
