// Trains the two-pass UPOS tagger: a left-to-right pass, then a pass that also sees the first pass's tags to the right.
import { FeatureBuffer } from '../../learn/feature-hash.ts';
import { RowPerceptronTrainer } from '../../learn/averaged-perceptron.ts';
import type { RowModel } from '../../learn/averaged-perceptron.ts';
import { createRandom, shuffleInPlace } from '../../learn/random.ts';
import { buildUposLexicon, prepareSentence, tagSentence } from './upos-tagger.ts';
import type { SentenceContext, UposLexicon } from './upos-tagger.ts';
import type { FormClasses } from './full-form-lexicon.ts';

export interface UposTraining {
  epochs: number;
  seed: number;
  bits: number;
  minCount: number;
  /** Folds for the jackknifed first-pass tags the second pass learns from. */
  folds: number;
  /** Dictionary forms and classes (features of every word; kept in the model file). */
  forms?: FormClasses;
  /** The analyser's forms and their universal POS tags (the ambiguity class of rare words; kept in the model file). */
  analyses?: FormClasses;
  log?: (message: string) => void;
}

interface Example {
  ctx: SentenceContext;
  gold: number[];
  right?: Int32Array;
}

function trainPass(
  data: readonly Example[],
  lexicon: UposLexicon,
  options: UposTraining,
  label: string,
): RowModel {
  const trainer = new RowPerceptronTrainer(lexicon.tags.length, options.bits);
  const random = createRandom(options.seed);
  const f = new FeatureBuffer();
  const scratch = new Float32Array(lexicon.tags.length);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    let right = 0;
    let total = 0;
    for (const { ctx, gold, right: r } of shuffleInPlace([...data], random)) {
      tagSentence(
        ctx,
        lexicon,
        trainer,
        f,
        scratch,
        (i, guess) => {
          const g = gold[i] as number;
          if (epoch === 1) trainer.count(f.keys, f.length);
          trainer.learn(f.keys, f.length, g, guess);
          trainer.tick();
          total++;
          if (g === guess) right++;
        },
        r,
      );
    }
    options.log?.(`${label} epoch ${epoch}: train accuracy ${((100 * right) / total).toFixed(2)}`);
  }
  return trainer.finish(options.minCount);
}

export function trainUpos(
  sentences: readonly { words: string[]; upos: string[] }[],
  options: UposTraining,
): { lexicon: UposLexicon; first: RowModel; second: RowModel; jackknifed: string[][] } {
  const lexicon = buildUposLexicon(sentences, options.forms, options.analyses);
  const index = new Map(lexicon.tags.map((t, i) => [t, i]));
  const data: Example[] = sentences.map((s) => ({
    ctx: prepareSentence(s.words, lexicon),
    gold: s.upos.map((t) => index.get(t) ?? 0),
  }));
  const f = new FeatureBuffer();
  const scratch = new Float32Array(lexicon.tags.length);
  // Jackknife: each fold is tagged by a first pass that never saw it, so the second pass learns from realistic errors.
  const size = Math.ceil(data.length / options.folds);
  for (let k = 0; k < options.folds; k++) {
    const held = data.slice(k * size, (k + 1) * size);
    const rest = [...data.slice(0, k * size), ...data.slice((k + 1) * size)];
    const foldLexicon = buildUposLexicon(
      sentences.slice(0, k * size).concat(sentences.slice((k + 1) * size)),
      options.forms,
      options.analyses,
    );
    const remap = lexicon.tags.map((t) => foldLexicon.tags.indexOf(t));
    const foldData = rest.map((e) => ({
      ctx: prepareSentence(e.ctx.words, foldLexicon),
      gold: e.gold.map((g) => remap[g] ?? 0),
    }));
    const model = trainPass(foldData, foldLexicon, options, `upos fold ${k + 1}/${options.folds}`);
    for (const e of held) {
      const tags = tagSentence(prepareSentence(e.ctx.words, foldLexicon), foldLexicon, model, f, scratch);
      e.right = Int32Array.from(tags, (t) => index.get(foldLexicon.tags[t] as string) ?? 0);
    }
  }
  const first = trainPass(
    data.map((e) => ({ ctx: e.ctx, gold: e.gold })),
    lexicon,
    options,
    'upos pass 1',
  );
  const second = trainPass(data, lexicon, options, 'upos pass 2');
  return {
    lexicon,
    first,
    second,
    jackknifed: data.map((e) => Array.from(e.right ?? [], (t) => lexicon.tags[t] as string)),
  };
}
