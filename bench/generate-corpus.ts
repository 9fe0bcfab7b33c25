// Builds a deterministic benchmark corpus of scraped-looking Norwegian articles from NorNE sentences (never committed).
//
// Input:  ../shared/data/norne-nob/train.conllu (`# text` lines grouped by `# ndt_file` document), or $SAKSKART_NORNE.
// Output: <dir>/articles/NNNNNN.txt, one article per plain-text file: a headline line, then page furniture
//         (relative time, photo credits, "Les også" links, sometimes a Kortversjonen box) among 300-700 words of
//         body paragraphs, plus <dir>/manifest.json. Default dir: $TMPDIR/sakskart-bench/corpus-<N>, outside the repo.
// Run:    node --import tsx bench/generate-corpus.ts [--articles 10000] [--out DIR]
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_SEED = 20251125;
const CORPUS_FORMAT = 1;

export function defaultCorpusDir(articles: number): string {
  return join(tmpdir(), 'sakskart-bench', `corpus-${articles}`);
}

function norneTrainPath(): string {
  return (
    process.env['SAKSKART_NORNE'] ??
    fileURLToPath(new URL('../../shared/data/norne-nob/train.conllu', import.meta.url))
  );
}

/** Sentences per NDT document, in document order. */
export function readNorneDocuments(path: string = norneTrainPath()): string[][] {
  const documents = new Map<string, string[]>();
  let current: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# ndt_file =')) {
      const id = line.slice('# ndt_file ='.length).trim();
      current = documents.get(id) ?? [];
      documents.set(id, current);
    } else if (line.startsWith('# text =')) {
      current.push(line.slice('# text ='.length).trim());
    }
  }
  return [...documents.values()].filter((sentences) => sentences.length >= 5);
}

function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

// Invented furniture in the shapes scraped Norwegian news pages carry; the names are made up.
const PHOTOGRAPHERS = ['Kari Nordmann', 'Ola Berg', 'Ingrid Lien', 'Per Haugen', 'Siri Dahl', 'Jonas Moe'];
const AGENCIES = ['NTB', 'NTB / AFP', 'Reuters / NTB', 'AP / NTB', 'Scanpix'];
const AGES = [
  '3 hours ago',
  '12 minutes ago',
  '1 hour ago',
  'for 2 timer siden',
  'I går 14:05',
  '5 hours ago 2',
];

/** One article: deterministic for (documents, index). Body sentences are a window of one document, wrapping into the next. */
export function buildArticle(documents: string[][], index: number): string {
  const random = createRandom(CORPUS_SEED ^ Math.imul(index + 1, 0x9e3779b1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const targetWords = 300 + Math.floor(random() * 401);
  let doc = Math.floor(random() * documents.length);
  let sentenceIndex = Math.floor(random() * (documents[doc]?.length ?? 1));
  const next = (): string => {
    let sentences = documents[doc] ?? [];
    if (sentenceIndex >= sentences.length) {
      doc = (doc + 1) % documents.length;
      sentenceIndex = 0;
      sentences = documents[doc] ?? [];
    }
    return sentences[sentenceIndex++] ?? '';
  };

  let headline = next();
  for (let tries = 0; tries < 5 && wordCount(headline) > 14; tries++) headline = next();
  if (wordCount(headline) > 14) headline = headline.split(/\s+/).slice(0, 10).join(' ');
  headline = headline.replace(/[.:]$/, '');

  const paragraphs: string[] = [];
  let words = 0;
  while (words < targetWords) {
    const size = 1 + Math.floor(random() * 3);
    const sentences: string[] = [];
    for (let i = 0; i < size; i++) sentences.push(next());
    const paragraph = sentences.join(' ');
    words += wordCount(paragraph);
    paragraphs.push(paragraph);
  }

  const blocks = [headline, pick(AGES)];
  if (random() < 0.3) {
    const points = paragraphs.slice(0, 3).map((p) => `  • ${p.split(/(?<=[.!?])\s/)[0] ?? p}`);
    blocks.push('Kortversjonen', points.join('\n'));
  }
  paragraphs.forEach((paragraph, i) => {
    blocks.push(paragraph);
    if (i === 1 || (i > 2 && random() < 0.12)) {
      const caption = (paragraphs[(i + 3) % paragraphs.length] ?? '').split(/(?<=[.!?])\s/)[0] ?? '';
      blocks.push(`${caption} Foto: ${pick(PHOTOGRAPHERS)} / ${pick(AGENCIES)}`);
    }
    if (i > 0 && random() < 0.08) blocks.push(`Les også: ${next().split(/\s+/).slice(0, 8).join(' ')}`);
  });
  if (random() < 0.5)
    blocks.push(`Publisert ${1 + Math.floor(random() * 28)}.${1 + Math.floor(random() * 12)}.2024`);
  return `${blocks.join('\n\n')}\n`;
}

export interface CorpusInfo {
  dir: string;
  articlesDir: string;
  articles: number;
  words: number;
  bytes: number;
}

/** Writes the corpus (replacing any previous one in `dir`) and returns what it wrote. */
export function generateCorpus(articles: number, dir: string = defaultCorpusDir(articles)): CorpusInfo {
  const documents = readNorneDocuments();
  const articlesDir = join(dir, 'articles');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(articlesDir, { recursive: true });
  let words = 0;
  let bytes = 0;
  for (let i = 0; i < articles; i++) {
    const text = buildArticle(documents, i);
    words += wordCount(text);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(articlesDir, `${String(i).padStart(6, '0')}.txt`), text);
  }
  const info = { dir, articlesDir, articles, words, bytes };
  writeFileSync(
    join(dir, 'manifest.json'),
    `${JSON.stringify({ format: CORPUS_FORMAT, seed: CORPUS_SEED, ...info }, null, 2)}\n`,
  );
  return info;
}

/** The manifest of a complete corpus of this size and format in `dir`, or null if it must be (re)generated. */
export function readCorpusManifest(
  articles: number,
  dir: string = defaultCorpusDir(articles),
): CorpusInfo | null {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as CorpusInfo & {
      format: number;
      seed: number;
    };
    if (manifest.format !== CORPUS_FORMAT || manifest.seed !== CORPUS_SEED || manifest.articles !== articles)
      return null;
    return manifest;
  } catch {
    return null;
  }
}

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const articles = Number(argument('--articles') ?? 10_000);
  const info = generateCorpus(articles, argument('--out') ?? defaultCorpusDir(articles));
  console.log(
    `wrote ${info.articles} articles, ${info.words} words, ${(info.bytes / 1e6).toFixed(1)} MB to ${info.articlesDir}`,
  );
}
