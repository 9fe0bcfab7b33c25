// Language-agnostic NLP evaluation on NorNE-style CoNLL-U: tokenization, sentences, UPOS, lemma and NER.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { NlpPipeline, Sentence } from '../nlp.ts';
// NorNE is Bokmål: without a loaded pipeline its own splitter still lets tokens and sentences be scored.
import { splitSentences as splitBokmal } from '../nb/tokenize/index.ts';
import { readGoldSentences } from './gold-sentence.ts';
import { prf, type Counts } from './prf.ts';
import { scoreSentences, type SentenceScore } from './score-sentences.ts';
import { scoreTagging, type TaggingScore } from './score-tagging.ts';
import { scoreTokenization, type TokenizationScore } from './score-tokenization.ts';

export type EvalSplit = 'dev' | 'test';

export interface NlpEvaluation {
  split: EvalSplit;
  sentences: number;
  tokens: number;
  tokenization: TokenizationScore;
  /** Sentences from running text with the file's paragraph breaks. */
  segmentation: SentenceScore;
  /** The same with each document run into one paragraph: headings without a full stop must be found in the text. */
  runOn: SentenceScore;
  /** Null when no tagger/recogniser was given. */
  tagging: TaggingScore | null;
}

/** `../shared/data/norne-nob` beside the repository, or SAKSKART_NORNE_DIR. */
export function defaultNorneDir(): string {
  return (
    process.env.SAKSKART_NORNE_DIR ??
    fileURLToPath(new URL('../../../../shared/data/norne-nob', import.meta.url))
  );
}

export interface EvaluateOptions {
  dataDir?: string;
  /** Also list up to this many tokenization and sentence errors under the table. */
  showErrors?: number;
  /** Splitter to score when `nlp` is null. */
  splitSentences?: (text: string) => Sentence[];
}

/** Runs every score on one split and returns the figures (with error lists for analysis). */
export function runNlpEvaluation(
  split: EvalSplit,
  nlp: NlpPipeline | null,
  options: EvaluateOptions = {},
): NlpEvaluation {
  const file = `${options.dataDir ?? defaultNorneDir()}/${split}.conllu`;
  const gold = readGoldSentences(readFileSync(file, 'utf8'));
  const splitter = nlp ? (text: string) => nlp.splitSentences(text) : (options.splitSentences ?? splitBokmal);
  return {
    split,
    sentences: gold.length,
    tokens: gold.reduce((n, s) => n + s.tokens.length, 0),
    tokenization: scoreTokenization(gold, splitter),
    segmentation: scoreSentences(gold, splitter),
    runOn: scoreSentences(gold, splitter, { paragraphs: false }),
    tagging: nlp ? scoreTagging(gold, nlp) : null,
  };
}

const pct = (x: number): string => x.toFixed(2).padStart(7);

function prfRow(label: string, c: Counts, note = ''): string {
  const r = prf(c);
  return `${label.padEnd(18)}${pct(r.precision)}${pct(r.recall)}${pct(r.f1)}${String(c.gold).padStart(8)}${note}`;
}

/** Up to `limit` wrong sentences' differing tokens and missed or invented sentence ends. */
function formatErrors(e: NlpEvaluation, limit: number): string[] {
  const lines = ['', 'token errors (gold => predicted):'];
  for (const x of e.tokenization.errors.slice(0, limit)) {
    const predicted = new Set(x.predicted);
    const gold = new Set(x.gold);
    const g = x.gold.filter((t) => !predicted.has(t)).join(' ');
    const p = x.predicted.filter((t) => !gold.has(t)).join(' ');
    lines.push(`  ${x.id}: ${g} => ${p}`);
  }
  lines.push('sentence errors (‖ marks the place):');
  const ends = e.segmentation.errors.flatMap((d) => [
    ...d.missed.map((m) => `  missed    ${m}`),
    ...d.invented.map((m) => `  invented  ${m}`),
  ]);
  lines.push(...ends.slice(0, limit).map((l) => l.replace(/\n/g, ' ')));
  return lines;
}

/** Formats an evaluation as a plain-text table, optionally followed by examples of errors. */
export function formatNlpEvaluation(e: NlpEvaluation, showErrors = 0): string {
  const lines = [
    `NorNE ${e.split}: ${e.sentences} sentences, ${e.tokens} tokens`,
    `${''.padEnd(18)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}${'gold'.padStart(8)}`,
    prfRow(
      'tokens',
      e.tokenization.counts,
      e.tokenization.skipped
        ? `  (${e.tokenization.skipped} sentences left out: text differs from tokens)`
        : '',
    ),
    prfRow(
      'sentences',
      e.segmentation.spans,
      `  (${e.segmentation.documents} documents, with their paragraphs)`,
    ),
    prfRow('sentence ends', e.segmentation.boundaries, '  (inside documents)'),
    prfRow('sentences run-on', e.runOn.spans, '  (each document one paragraph)'),
    prfRow('ends run-on', e.runOn.boundaries),
  ];
  const errors = showErrors > 0 ? formatErrors(e, showErrors) : [];
  if (!e.tagging) {
    lines.push('UPOS, lemma, NER: no trained pipeline loaded', ...errors);
    return lines.join('\n');
  }
  const t = e.tagging;
  lines.push(`${'UPOS accuracy'.padEnd(18)}${pct(t.upos)}`, `${'lemma accuracy'.padEnd(18)}${pct(t.lemma)}`);
  const types = [...t.entities.keys()].filter((k) => k !== 'all').sort();
  for (const type of types) {
    const c = t.entities.get(type);
    if (c) lines.push(prfRow(`NER ${type}`, c));
  }
  const all = t.entities.get('all');
  if (all) lines.push(prfRow('NER micro', all));
  lines.push(...errors);
  return lines.join('\n');
}

/** The printable evaluation table for `sakskart eval nlp --split dev|test`; with nlp null, tokens and sentences only. */
export function evaluateNlp(
  split: EvalSplit,
  nlp: NlpPipeline | null,
  options: EvaluateOptions = {},
): string {
  return formatNlpEvaluation(runNlpEvaluation(split, nlp, options), options.showErrors ?? 0);
}
