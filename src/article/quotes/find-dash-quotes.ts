// Reads a dash paragraph (`– Vi er klare, sier hun.`): the quoted words, their attribution, or that it is a question or a sub-heading.
import { findTailAttribution, type TailAttribution } from './find-tail-attribution.ts';
import type { TextModel } from './text-model.ts';
import type { TextSpan } from './types.ts';

export interface DashReading {
  /** The quoted words without the dash. */
  quote: TextSpan;
  attribution: TailAttribution | null;
  /** `– Hvorfor?`: an interviewer's question, not a quote. */
  question: boolean;
  /** A short dash line without end punctuation: a sub-heading echoing a quote. */
  heading: boolean;
  /** Index (into model.sentences) of the first sentence after the attribution; later sentences are narrative. */
  restFrom: number;
}

const DASH_RE = /^[–—-][ \u00a0]+/;

export const isDashParagraph = (model: TextModel, p: TextSpan): boolean =>
  DASH_RE.test(model.body.slice(p.start, p.end));

export function readDashParagraph(model: TextModel, paragraphIndex: number): DashReading | null {
  const p = model.paragraphs[paragraphIndex];
  if (!p || !isDashParagraph(model, p)) return null;
  const start = p.start + (DASH_RE.exec(model.body.slice(p.start, p.end))?.[0].length ?? 0);
  const sentenceIds = (model.paragraphSentences[paragraphIndex] ?? []).map(
    (i) => [model.sentences[i]!, i] as const,
  );
  const last = sentenceIds[sentenceIds.length - 1]?.[1] ?? model.sentences.length;
  for (const [s, i] of sentenceIds) {
    const from = s.tokens.findIndex((t) => t.start >= start);
    const tail = findTailAttribution(model, s.tokens, Math.max(1, from + 1));
    if (!tail) continue;
    const boundary = s.tokens[tail.boundary]!;
    const end = boundary.text === '?' || boundary.text === '!' ? boundary.end : boundary.start;
    return { quote: { start, end }, attribution: tail, question: false, heading: false, restFrom: i + 1 };
  }
  const text = model.body.slice(start, p.end).trim();
  const words = text.split(/\s+/).length;
  return {
    quote: { start, end: start + text.length },
    attribution: null,
    question: /\?\s*$/.test(text),
    heading: !/[.!?»"”…:]$/.test(text) && words <= 14,
    restFrom: last + 1,
  };
}
