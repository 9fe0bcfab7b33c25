// Trains the UPOS tagger alone (both passes, as `npm run train:nb` does) and scores it on NorNE dev: accuracy, errors
// and the most frequent confusions (gold>predicted), plus training CPU time. For trying variants quickly (never reads
// test). usage: node --import tsx scripts/upos-dev.ts ['{"seed":1,"epochs":8,"bits":21,"folds":4}']
// ('{"analyses":false}' leaves out the Bokmål analyser's word classes.)
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FeatureBuffer } from '../src/languages/learn/feature-hash.ts';
import { corpusFromConllu } from '../src/languages/nb/nlp/corpus.ts';
import { readApertiumWordClasses } from '../src/languages/nb/nlp/apertium.ts';
import { FormClasses, dictionaryForms } from '../src/languages/nb/nlp/full-form-lexicon.ts';
import { trainUpos } from '../src/languages/nb/nlp/train-upos.ts';
import type { UposTraining } from '../src/languages/nb/nlp/train-upos.ts';
import { prepareSentence, tagSentence } from '../src/languages/nb/nlp/upos-tagger.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const data = resolve(root, '../shared/data/norne-nob');
const { analyses: useAnalyses = true, ...options } = JSON.parse(process.argv[2] ?? '{}') as Partial<
  Omit<UposTraining, 'analyses'>
> & { analyses?: boolean };
const read = (split: string): ReturnType<typeof corpusFromConllu> =>
  corpusFromConllu(readFileSync(`${data}/${split}.conllu`, 'utf8'));
const train = read('train');
const dev = read('dev');
const forms = dictionaryForms(join(root, 'node_modules/dictionary-nb'));
const analyses = useAnalyses ? FormClasses.build(readApertiumWordClasses()) : undefined;

const cpu = process.cpuUsage();
// The settings of scripts/train-nb.ts unless overridden.
const m = trainUpos(train, {
  epochs: 8,
  bits: 21,
  minCount: 1,
  folds: 4,
  seed: 20240611,
  forms,
  ...(analyses ? { analyses } : {}),
  log: (s) => console.error(s),
  ...options,
});
const used = process.cpuUsage(cpu);

const f = new FeatureBuffer();
const scratch = new Float32Array(m.lexicon.tags.length);
let right = 0;
let total = 0;
const confusions = new Map<string, number>();
for (const s of dev) {
  const ctx = prepareSentence(s.words, m.lexicon);
  const first = tagSentence(ctx, m.lexicon, m.first, f, scratch);
  const second = tagSentence(ctx, m.lexicon, m.second, f, scratch, undefined, first);
  second.forEach((t, i) => {
    const gold = s.upos[i] as string;
    const got = m.lexicon.tags[t] as string;
    total++;
    if (gold === got) right++;
    else confusions.set(`${gold}>${got}`, (confusions.get(`${gold}>${got}`) ?? 0) + 1);
  });
}
const top = [...confusions]
  .sort((a, b) => b[1] - a[1])
  .slice(0, 10)
  .map(([k, v]) => `${k} ${v}`)
  .join(', ');
console.log(
  `dev UPOS ${((100 * right) / total).toFixed(2)} (${total - right} errors), train ${((used.user + used.system) / 1e6).toFixed(0)} CPU-s\n${top}`,
);
