// Finds words inside quotation marks («...», “...”, "...") that someone is reported to have said.
import { parseSpeakerAfter, type SpeakerRef } from './parse-attribution.ts';
import { tokenize, type TextModel } from './text-model.ts';
import type { TextSpan } from './types.ts';

export interface MarkQuote {
  text: TextSpan;
  /** Set when the marks are followed by `, sier X`; otherwise the caller takes the speaker of the sentence. */
  tail: { speaker: SpeakerRef; cue: string } | null;
}

const PAIRS = /«([^«»]+)»|“([^“”]+)”|"([^"]+)"/g;

/** Quotation-mark spans in `span` with at least two words, not titles (`boken «...»`). */
export function findMarkQuotes(model: TextModel, span: TextSpan): MarkQuote[] {
  const out: MarkQuote[] = [];
  const text = model.body.slice(span.start, span.end);
  for (const m of text.matchAll(PAIRS)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? '';
    const start = span.start + m.index + 1;
    const end = start + inner.length;
    if (inner.trim().split(/\s+/).length < 2) continue;
    const before =
      /([\p{L}-]+)\s*$/u
        .exec(model.body.slice(Math.max(span.start, start - 30), start - 1))?.[1]
        ?.toLowerCase() ?? '';
    if (model.speech.titleNouns.has(before)) continue;
    const trimmed = { start, end: end - (/[,.]\s*$/.exec(inner)?.[0].length ?? 0) };
    out.push({ text: trimmed, tail: readTail(model, end + 1, span.end) });
  }
  return out;
}

/** `», sier hun til NRK.` right after the closing mark. */
function readTail(model: TextModel, from: number, limit: number): MarkQuote['tail'] {
  if (!/^\s*,?\s*\p{Ll}/u.test(model.body.slice(from, from + 4))) return null;
  const sentenceEnd = model.sentences.find((s) => s.start <= from && from <= s.end)?.end ?? limit;
  const tokens = tokenize(model.body, { start: from, end: Math.min(limit, Math.max(sentenceEnd, from)) });
  const c = tokens[0]?.text === ',' ? 1 : 0;
  const match = model.speech.matchReportingVerb(
    tokens.map((t) => t.lower),
    c,
  );
  if (!match || !match.verb.tail) return null;
  const after = tokens.slice(c + match.length).filter((_, k) => c + match.length + k !== match.particle);
  const speaker = parseSpeakerAfter(model, after);
  if (!speaker) return null;
  const cue =
    match.particle !== null
      ? `${tokens[c]!.lower} ${tokens[match.particle]!.lower}`
      : tokens
          .slice(c, c + match.length)
          .map((t) => t.lower)
          .join(' ');
  return { speaker, cue };
}
