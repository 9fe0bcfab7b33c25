// Trains the dependency parser on NorNE train (silver relations) over the UPOS tagger's first-pass tags and scores it
// on dev (gold relations): UAS/LAS, and, on the words whose UPOS follows the relation (AUX/VERB, ADP/SCONJ), how often
// the tag the parse implies is right against the tagger's own. Never reads test.
// usage: node --import tsx scripts/parse-dev.ts ['{"epochs":10,"bits":20,"explore":0.9,"limit":0,"seed":20240611}']
// The tags come from the two UPOS passes trained as `train:nb` does (train's first-pass tags jackknifed, 4 folds);
// `"tags":"FILE"` reads them from FILE instead, or writes them there first when it does not exist.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FeatureBuffer, hashOf } from '../src/languages/learn/feature-hash.ts';
import { actionCount, parseSentence, trainParser } from '../src/languages/learn/arc-hybrid-parser.ts';
import type { ParserExample, ParserSentence } from '../src/languages/learn/arc-hybrid-parser.ts';
import { readConllu } from '../src/languages/conllu.ts';
import { encodeModelFile } from '../src/languages/learn/model-codec.ts';
import { corpusFromConllu } from '../src/languages/nb/nlp/corpus.ts';
import { dictionaryForms } from '../src/languages/nb/nlp/full-form-lexicon.ts';
import { trainUpos } from '../src/languages/nb/nlp/train-upos.ts';
import { prepareSentence, tagSentence } from '../src/languages/nb/nlp/upos-tagger.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const data = resolve(root, '../shared/data/norne-nob');
const options = JSON.parse(process.argv[2] ?? '{}') as {
  epochs?: number;
  bits?: number;
  explore?: number;
  limit?: number;
  seed?: number;
  tags?: string;
  /** Parser input tags with AUX/VERB merged and ADP/SCONJ merged: the parse must settle them from structure. */
  collapse?: boolean;
};
const seed = options.seed ?? 20240611;

interface Tags {
  /** Train's first-pass tags (jackknifed), dev's first-pass and final tags. */
  trainJack: string[][];
  devFirst: string[][];
  devSecond: string[][];
}
function uposTags(): Tags {
  const train = corpusFromConllu(readFileSync(`${data}/train.conllu`, 'utf8'));
  const dev = corpusFromConllu(readFileSync(`${data}/dev.conllu`, 'utf8'));
  const forms = dictionaryForms(join(root, 'node_modules/dictionary-nb'));
  const m = trainUpos(train, { epochs: 8, bits: 21, minCount: 1, folds: 4, seed, forms });
  const f = new FeatureBuffer();
  const scratch = new Float32Array(m.lexicon.tags.length);
  const name = (t: number): string => m.lexicon.tags[t] as string;
  const devFirst: string[][] = [];
  const devSecond: string[][] = [];
  for (const s of dev) {
    const ctx = prepareSentence(s.words, m.lexicon);
    const first = tagSentence(ctx, m.lexicon, m.first, f, scratch);
    devFirst.push(Array.from(first, name));
    devSecond.push(Array.from(tagSentence(ctx, m.lexicon, m.second, f, scratch, undefined, first), name));
  }
  return { trainJack: m.jackknifed, devFirst, devSecond };
}
let cached: Tags;
if (options.tags && existsSync(options.tags)) cached = JSON.parse(readFileSync(options.tags, 'utf8')) as Tags;
else {
  cached = uposTags();
  if (options.tags) writeFileSync(options.tags, JSON.stringify(cached));
}

interface Gold {
  words: string[];
  upos: string[];
  heads: number[];
  rels: string[];
}
const read = (split: string): Gold[] =>
  readConllu(readFileSync(`${data}/${split}.conllu`, 'utf8')).map((s) => ({
    words: s.tokens.map((t) => t.form),
    upos: s.tokens.map((t) => t.upos),
    heads: s.tokens.map((t) => Number(t.head) - 1),
    rels: s.tokens.map((t) => t.deprel.replace(/:.*/, '')),
  }));
const train = read('train');
const dev = read('dev');
const labelNames = [...new Set(train.flatMap((s) => s.rels))].sort();
const labelIndex = new Map(labelNames.map((l, i) => [l, i]));
const rootLabel = labelIndex.get('root') as number;

const merged: Record<string, string> = { AUX: 'V', VERB: 'V', ADP: 'P', SCONJ: 'P' };
const sentence = (words: string[], tags: string[]): ParserSentence => ({
  words: Uint32Array.from(words, (w) => hashOf(w.toLowerCase())),
  tags: Uint32Array.from(tags, (t) => hashOf(options.collapse ? (merged[t] ?? t) : t)),
});
const limit = options.limit ?? 0;
const examples: ParserExample[] = train.slice(0, limit || train.length).map((s, k) => ({
  x: sentence(s.words, cached.trainJack[k] as string[]),
  heads: Int32Array.from(s.heads),
  labels: Int32Array.from(s.rels, (r) => labelIndex.get(r) ?? 0),
}));

const cpu = process.cpuUsage();
const model = trainParser(examples, labelNames.length, rootLabel, {
  epochs: options.epochs ?? 10,
  bits: options.bits ?? 20,
  seed,
  explore: options.explore ?? 0.9,
  log: (m) => console.error(m),
});
const trainCpu = process.cpuUsage(cpu);

// The tag a (word, relation) pair has most often in train: what the parse says about the word's UPOS.
const implied = new Map<string, Map<string, number>>();
for (const s of train)
  s.words.forEach((w, i) => {
    const key = `${w.toLowerCase()}\t${s.rels[i]}`;
    let m = implied.get(key);
    if (!m) implied.set(key, (m = new Map()));
    m.set(s.upos[i] as string, (m.get(s.upos[i] as string) ?? 0) + 1);
  });
const impliedTag = (w: string, rel: string): string | undefined => {
  const m = implied.get(`${w.toLowerCase()}\t${rel}`);
  if (!m) return undefined;
  return [...m].sort((a, b) => b[1] - a[1])[0]?.[0];
};
// Words whose tag follows the relation: seen in train as AUX and VERB, or as ADP and SCONJ (each >= 1%).
const tagCounts = new Map<string, Map<string, number>>();
for (const s of train)
  s.words.forEach((w, i) => {
    const l = w.toLowerCase();
    let m = tagCounts.get(l);
    if (!m) tagCounts.set(l, (m = new Map()));
    m.set(s.upos[i] as string, (m.get(s.upos[i] as string) ?? 0) + 1);
  });
const group = (w: string): string | undefined => {
  const m = tagCounts.get(w.toLowerCase());
  if (!m) return undefined;
  let total = 0;
  for (const c of m.values()) total += c;
  const has = (t: string): boolean => (m.get(t) ?? 0) / total >= 0.01;
  if (has('AUX') && has('VERB')) return 'AUX/VERB';
  if (has('ADP') && has('SCONJ')) return 'ADP/SCONJ';
  if (w.toLowerCase() === 'som') return 'ADP/SCONJ';
  return undefined;
};

const f = new FeatureBuffer();
const scratch = new Float32Array(actionCount(labelNames.length));
let tokens = 0;
let uas = 0;
let las = 0;
const t0 = process.cpuUsage();
interface Tally {
  n: number;
  tagger: number;
  parse: number;
  goldRel: number;
  taggerOnly: number;
  parseOnly: number;
  relRight: number;
}
const tallies = new Map<string, Tally>();
const tally = (k: string): Tally => {
  let t = tallies.get(k);
  if (!t)
    tallies.set(k, (t = { n: 0, tagger: 0, parse: 0, goldRel: 0, taggerOnly: 0, parseOnly: 0, relRight: 0 }));
  return t;
};
dev.forEach((s, k) => {
  const tree = parseSentence(sentence(s.words, cached.devFirst[k] as string[]), model, rootLabel, f, scratch);
  s.words.forEach((w, i) => {
    tokens++;
    const headRight = tree.heads[i] === s.heads[i];
    const rel = labelNames[tree.labels[i] as number] as string;
    if (headRight) uas++;
    if (headRight && rel === s.rels[i]) las++;
    const g = group(w);
    if (!g) return;
    const gold = s.upos[i] as string;
    const byTagger = (cached.devSecond[k] as string[])[i] as string;
    const byParse = impliedTag(w, rel) ?? byTagger;
    const byGoldRel = impliedTag(w, s.rels[i] as string) ?? byTagger;
    for (const key of [g, `${g} ${w.toLowerCase()}`]) {
      const t = tally(key);
      t.n++;
      if (byTagger === gold) t.tagger++;
      if (byParse === gold) t.parse++;
      if (byGoldRel === gold) t.goldRel++;
      if (byTagger === gold && byParse !== gold) t.taggerOnly++;
      if (byParse === gold && byTagger !== gold) t.parseOnly++;
      if (rel === s.rels[i]) t.relRight++;
    }
  });
});
const parseCpu = process.cpuUsage(t0);
const pct = (a: number, b: number): string => ((100 * a) / b).toFixed(2);
console.log(
  `dev UAS ${pct(uas, tokens)} LAS ${pct(las, tokens)} (${tokens} tokens); train ${((trainCpu.user + trainCpu.system) / 1e6).toFixed(0)} CPU-s, ` +
    `parse ${Math.round(tokens / ((parseCpu.user + parseCpu.system) / 1e6))} tokens/CPU-s, model rows ${model.rows}, ` +
    `file ${(encodeModelFile(model.toSections('parser').header, model.toSections('parser').sections).byteLength / 1e6).toFixed(2)} MB`,
);
console.log(
  'group/word\tn\ttagger%\tparse-implied%\tgold-rel-implied%\trel right%\ttagger-only right\tparse-only right',
);
for (const [k, t] of [...tallies].sort((a, b) => b[1].n - a[1].n)) {
  if (t.n < 40 && k.includes(' ')) continue;
  console.log(
    `${k}\t${t.n}\t${pct(t.tagger, t.n)}\t${pct(t.parse, t.n)}\t${pct(t.goldRel, t.n)}\t${pct(t.relRight, t.n)}\t${t.taggerOnly}\t${t.parseOnly}`,
  );
}
