// Trains the NER model alone and scores it on NorNE dev: F1 overall, on names unseen in train (string and type not in
// train), and per type; plus size and CPU time. For trying variants quickly (never reads test).
// usage: node --import tsx scripts/ner-dev.ts ['{"cueDrop":0.2,"cues":{"places":false},"seed":7,"ensemble":1}']
// NER_OUT=FILE writes the trained model; NER_PROBE='Ola bor i Moss .|…' prints the labels of those sentences.
// With NER_ERRORS=1, each unseen gold name that was not found exactly goes to stderr (missed, wrong type, bounds).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusFromConllu } from '../src/languages/nb/nlp/corpus.ts';
import { spansOf } from '../src/languages/nb/nlp/gazetteer.ts';
import { trainNer } from '../src/languages/nb/nlp/train-ner.ts';
import type { NerTraining } from '../src/languages/nb/nlp/train-ner.ts';
import { NER_LABELS, NerLexicon, nerFeatures } from '../src/languages/nb/nlp/ner.ts';
import { encodeNer } from '../src/languages/nb/nlp/model-io.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const data = resolve(root, '../shared/data/norne-nob');
const options = JSON.parse(process.argv[2] ?? '{}') as Partial<NerTraining>;
const train = corpusFromConllu(readFileSync(`${data}/train.conllu`, 'utf8'));
const dev = corpusFromConllu(readFileSync(`${data}/dev.conllu`, 'utf8'));

const cpu = process.cpuUsage();
// Defaults: the shipped settings (scripts/train-nb.ts); '{"ensemble":1,"featureDrop":0}' is the third round's model.
const { model, lists } = trainNer(train, {
  epochs: 10,
  bits: 20,
  minCount: 1,
  seed: 20240611,
  cueDrop: 0.25,
  ensemble: 3,
  featureDrop: 0.15,
  ...options,
});
const used = process.cpuUsage(cpu);
const encoded = encodeNer({ labels: NER_LABELS, lists, model });
const bytes = encoded.byteLength;
// NER_OUT=FILE keeps the model (e.g. beside a copy of tagger.bin, to try it in the whole pipeline).
if (process.env.NER_OUT) writeFileSync(process.env.NER_OUT, encoded);

const known = new Set<string>();
for (const s of train)
  for (const [a, b, t] of spansOf(s.ner)) known.add(`${t}\t${s.words.slice(a, b).join(' ')}`);
const lexicon = new NerLexicon(lists);
type Count = { gold: number; predicted: number; correct: number };
const counts = new Map<string, Count>();
const bump = (key: string, field: keyof Count): void => {
  const c = counts.get(key) ?? { gold: 0, predicted: 0, correct: 0 };
  c[field]++;
  counts.set(key, c);
};
for (const s of dev) {
  const labels = Array.from(model.decode(nerFeatures(s.words, lexicon)), (k) => NER_LABELS[k] as string);
  const key = ([a, b, t]: [number, number, string]): string => `${a}\t${b}\t${t}`;
  const gold = spansOf(s.ner);
  const predicted = spansOf(labels);
  const goldKeys = new Set(gold.map(key));
  const unseen = ([a, b, t]: [number, number, string]): boolean =>
    !known.has(`${t}\t${s.words.slice(a, b).join(' ')}`);
  for (const g of gold) {
    if (process.env.NER_ERRORS && unseen(g) && !predicted.some((p) => key(p) === key(g))) {
      const over = predicted.filter((p) => p[0] < g[1] && g[0] < p[1]);
      const kind =
        over.length === 0 ? 'missed' : over.some((p) => p[0] === g[0] && p[1] === g[1]) ? 'type' : 'bounds';
      const text = s.words.slice(g[0], g[1]).join(' ');
      const got = over.map((p) => `${p[2]}:${s.words.slice(p[0], p[1]).join(' ')}`).join(', ');
      console.error(`${kind}\t${g[2]}\t${text}\t${got}\t${g[0] === 0 ? 'first' : ''}`);
    }
    for (const k of ['all', g[2], ...(unseen(g) ? ['unseen'] : [])]) bump(k, 'gold');
  }
  for (const p of predicted) {
    const ok = goldKeys.has(key(p));
    for (const k of ['all', p[2], ...(unseen(p) ? ['unseen'] : [])]) {
      bump(k, 'predicted');
      if (ok) bump(k, 'correct');
    }
  }
}
for (const probe of (process.env.NER_PROBE ?? '').split('|').filter(Boolean)) {
  const words = probe.split(' ');
  const labels = Array.from(model.decode(nerFeatures(words, lexicon)), (k) => NER_LABELS[k] as string);
  console.log(words.map((w, i) => `${w}/${labels[i]}`).join(' '));
}
const f1 = (c: Count): string => ((200 * c.correct) / (c.gold + c.predicted || 1)).toFixed(2);
const get = (k: string): Count => counts.get(k) ?? { gold: 0, predicted: 0, correct: 0 };
const types = ['PER', 'ORG', 'GPE', 'LOC', 'PROD', 'DRV', 'EVT', 'MISC']
  .map((t) => `${t} ${f1(get(t))}`)
  .join(' ');
const all = get('all');
const unseen = get('unseen');
console.log(
  `${process.argv[2] ?? '{}'}\n  dev F1 ${f1(all)} (P ${((100 * all.correct) / all.predicted).toFixed(2)} R ${((100 * all.correct) / all.gold).toFixed(2)})` +
    ` unseen F1 ${f1(unseen)} (R ${((100 * unseen.correct) / unseen.gold).toFixed(2)}) | ${types}` +
    ` | ${(bytes / 1e6).toFixed(2)} MB, train ${((used.user + used.system) / 1e6).toFixed(0)} CPU-s`,
);
