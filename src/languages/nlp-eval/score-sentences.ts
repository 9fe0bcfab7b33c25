// Sentence segmentation: gold sentences joined back into running text, split again, compared by span and boundary.
// The running text keeps the paragraph breaks the file records (`# newpar`) as blank lines, the way UD's own
// raw-text files lay a treebank out; `paragraphs: false` runs every document into one paragraph instead.
import type { Sentence } from '../nlp.ts';
import type { GoldSentence } from './gold-sentence.ts';
import { addCounts, countKeys, emptyCounts, type Counts } from './prf.ts';

/** Sentences per pseudo document where the file does not record documents (NorNE dev/test). */
export const PSEUDO_DOCUMENT_SIZE = 20;

export interface SentenceScore {
  /** Exact sentence spans, as the CoNLL 2018 shared task scores them. */
  spans: Counts;
  /** Sentence ends inside a document (the trivial end of each document is not counted). */
  boundaries: Counts;
  documents: number;
  /** Per document: gold ends the splitter missed and ends it invented, with a little context. */
  errors: { missed: string[]; invented: string[] }[];
}

/** Groups sentences by `document`, in order; without documents, into runs of PSEUDO_DOCUMENT_SIZE. */
export function groupDocuments(sentences: readonly GoldSentence[]): GoldSentence[][] {
  const documents: GoldSentence[][] = [];
  let current: GoldSentence[] = [];
  let currentId: string | null = null;
  for (const s of sentences) {
    const full = s.document === null ? current.length >= PSEUDO_DOCUMENT_SIZE : s.document !== currentId;
    if (full && current.length > 0) {
      documents.push(current);
      current = [];
    }
    currentId = s.document;
    current.push(s);
  }
  if (current.length > 0) documents.push(current);
  return documents;
}

function context(text: string, at: number): string {
  return `${text.slice(Math.max(0, at - 30), at)}‖${text.slice(at, at + 30)}`;
}

export function scoreSentences(
  sentences: readonly GoldSentence[],
  split: (text: string) => Sentence[],
  { paragraphs = true }: { paragraphs?: boolean } = {},
): SentenceScore {
  const spans = emptyCounts();
  const boundaries = emptyCounts();
  const errors: SentenceScore['errors'] = [];
  const documents = groupDocuments(sentences.filter((s) => s.text.trim() !== ''));
  for (const doc of documents) {
    const goldSpans: string[] = [];
    let text = '';
    for (const s of doc) {
      const own = s.text.trim();
      if (text !== '') text += paragraphs && s.paragraphStart ? '\n\n' : ' ';
      goldSpans.push(`${text.length}:${text.length + own.length}`);
      text += own;
    }
    const predicted = split(text);
    const predSpans = predicted.map((p) => `${p.start}:${p.end}`);
    addCounts(spans, countKeys(goldSpans, predSpans));
    const goldEnds = goldSpans.map((k) => Number(k.split(':')[1])).filter((e) => e < text.length);
    const predEnds = predicted.map((p) => p.end).filter((e) => e < text.length);
    addCounts(boundaries, countKeys(goldEnds.map(String), predEnds.map(String)));
    const g = new Set(goldEnds);
    const p = new Set(predEnds);
    const missed = goldEnds.filter((e) => !p.has(e)).map((e) => context(text, e));
    const invented = predEnds.filter((e) => !g.has(e)).map((e) => context(text, e));
    if (missed.length > 0 || invented.length > 0) errors.push({ missed, invented });
  }
  return { spans, boundaries, documents: documents.length, errors };
}
