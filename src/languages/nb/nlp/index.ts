// Entry point of the Norwegian Bokmål NLP: createNbNlp() loads the shipped models lazily on first use.
import { existsSync, readFileSync } from 'node:fs';
import type { NlpPipeline, Sentence } from '../../nlp.ts';
import { decodeNer, decodeTagger } from './model-io.ts';
import { NbPipeline } from './nb-pipeline.ts';
import { decodeSentenceBreaks } from './sentence-breaks.ts';
import { entitySpans } from '../../entity-spans.ts';
import { splitSentences } from '../tokenize/index.ts';

export { entitySpans };

const MODELS = new URL('../models/', import.meta.url);

/** Whitespace tokens in one sentence per line: used only when the real tokenizer is not available. */
export function whitespaceSplit(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const line = /[^\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const tokens: Sentence['tokens'] = [];
    const word = /\S+/g;
    for (let w = word.exec(m[0]); w; w = word.exec(m[0])) {
      tokens.push({ text: w[0], start: m.index + w.index, end: m.index + w.index + w[0].length });
    }
    if (tokens.length > 0) sentences.push({ start: m.index, end: m.index + m[0].length, tokens });
  }
  return sentences;
}

export function createNbNlp(modelDir: URL = MODELS): NlpPipeline {
  return new NbPipeline(
    () => decodeTagger(readFileSync(new URL('tagger.bin', modelDir))),
    () => decodeNer(readFileSync(new URL('ner.bin', modelDir))),
    (text) => splitSentences(text),
    () => {
      const file = new URL('sentences.bin', modelDir);
      return existsSync(file) ? decodeSentenceBreaks(readFileSync(file)) : null;
    },
  );
}
