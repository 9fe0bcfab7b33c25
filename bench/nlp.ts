// Throughput of the Norwegian Bokmål NLP pack on one core: tokens per CPU-second for tokenize, tag+lemma, NER and the
// whole pack, over NorNE test text and the seed articles (read at run time), plus peak RSS.
// Each stage is run --warmup times untimed (the JIT settles over several passes, as in a long-running ingest), then
// --repeat times timed; the table gives the best and the median run.
// usage: npm run bench:nlp [-- --repeat N] [--warmup N] [--seeds DIR] [--norne FILE]
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConllu } from '../src/languages/conllu.ts';
import { createNbNlp } from '../src/languages/nb/nlp/index.ts';
import type { Sentence, TokenAnalysis } from '../src/languages/nlp.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const repeat = Math.max(1, Number(option('--repeat', '9')));
const warmup = Math.max(0, Number(option('--warmup', '5')));
const seedsDir = resolve(root, option('--seeds', '../shared/seeds'));
const norneFile = resolve(root, option('--norne', '../shared/data/norne-nob/test.conllu'));

/** Raw texts of a corpus: NorNE test as paragraphs of its `# text` lines (ten sentences each), seeds as files. */
function norneTexts(): string[] {
  const lines = readConllu(readFileSync(norneFile, 'utf8'))
    .map((s) => s.comments.map((c) => /^text\s*=\s*(.*)$/.exec(c)?.[1]).find((t) => t !== undefined))
    .filter((t): t is string => t !== undefined);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 10) out.push(lines.slice(i, i + 10).join(' '));
  return out;
}

function seedTexts(): string[] {
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(seedsDir, f), 'utf8'));
}

const cpuSeconds = (since: NodeJS.CpuUsage): number => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
};

/** Best (least CPU) and median of `repeat` runs of `fn` after `warmup` untimed ones; `fn` returns its tokens. */
function measure(fn: () => number): { tokens: number; seconds: number; median: number } {
  for (let r = 0; r < warmup; r++) fn();
  const times: number[] = [];
  let tokens = 0;
  for (let r = 0; r < repeat; r++) {
    const t0 = process.cpuUsage();
    tokens = fn();
    times.push(cpuSeconds(t0));
  }
  times.sort((a, b) => a - b);
  return { tokens, seconds: times[0] as number, median: times[Math.floor((times.length - 1) / 2)] as number };
}

/** A pipeline with its models loaded (by one small call) but no word form seen yet. */
function loaded(): ReturnType<typeof createNbNlp> {
  const nlp = createNbNlp();
  nlp.tag(['Han', 'bor', 'i', 'Oslo', '.']);
  nlp.recognise(['Oslo'], [{ upos: 'PROPN', feats: '_', lemma: 'Oslo' }]);
  return nlp;
}

const loadStart = process.cpuUsage();
const nlp = loaded();
const loadSeconds = cpuSeconds(loadStart);

const rows: string[][] = [];
for (const [name, texts] of [
  ['norne-test', norneTexts()],
  ['seeds', seedTexts()],
] as const) {
  // Cold: a fresh pipeline's first pass, where every word form is new to its per-form caches.
  const fresh = loaded();
  const cold = process.cpuUsage();
  const coldTokens = texts.reduce((n, t) => n + count(fresh.analyze(t)), 0);
  const coldSeconds = cpuSeconds(cold);
  const split: Sentence[][] = texts.map((t) => nlp.splitSentences(t));
  const words = split.flatMap((ss) => ss.map((s) => s.tokens.map((t) => t.text)));
  const analyses: TokenAnalysis[][] = words.map((w) => nlp.tag(w));
  const stages: [string, () => number][] = [
    ['tokenize', () => texts.reduce((n, t) => n + count(nlp.splitSentences(t)), 0)],
    ['tag+lemma', () => words.reduce((n, w) => n + nlp.tag(w).length, 0)],
    ['ner', () => words.reduce((n, w, i) => n + nlp.recognise(w, analyses[i] ?? []).length, 0)],
    ['whole pack', () => texts.reduce((n, t) => n + count(nlp.analyze(t)), 0)],
  ];
  const runs: [string, { tokens: number; seconds: number; median: number }][] = stages.map(([stage, fn]) => [
    stage,
    measure(fn),
  ]);
  runs.push(['whole pack, cold', { tokens: coldTokens, seconds: coldSeconds, median: coldSeconds }]);
  for (const [stage, { tokens, seconds, median }] of runs) {
    rows.push([
      name,
      stage,
      String(tokens),
      (seconds * 1000).toFixed(1),
      String(Math.round(tokens / seconds)),
      String(Math.round(tokens / median)),
      ((seconds * 1000) / texts.length).toFixed(2),
    ]);
  }
}

function count(sentences: readonly { tokens: readonly unknown[] }[]): number {
  let n = 0;
  for (const s of sentences) n += s.tokens.length;
  return n;
}

const header = ['corpus', 'stage', 'tokens', 'cpu ms', 'tokens/cpu-s', 'median', 'cpu ms/text'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
const line = (r: readonly string[]): string =>
  r.map((c, i) => (i < 2 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('  ');
console.log(line(header));
for (const r of rows) console.log(line(r));
console.log(
  `model load + first call: ${(loadSeconds * 1000).toFixed(0)} cpu ms; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; CPU time of one thread, best and median of ${repeat} runs after ${warmup} untimed (cold: one pass of a fresh pipeline)`,
);
