// Finds a closing attribution in a sentence: `..., sier Kari Berg til NRK.`, `..., la han til.`, `«...», skriver avisen.`
import { parseSpeakerAfter, type SpeakerRef } from './parse-attribution.ts';
import type { TextModel, Token } from './text-model.ts';

export interface TailAttribution {
  /** Token index of the comma (or `?`/`!`/closing mark) that ends the quoted words. */
  boundary: number;
  /** Token index of the reporting verb. */
  cue: number;
  /** The verb as written, particle included: `sier`, `legger til`. */
  cueText: string;
  speaker: SpeakerRef;
}

const BOUNDARY = new Set([',', '?', '!', '»', '"', '”']);

/** The first tail attribution in `tokens` at or after token `from`, or null. */
export function findTailAttribution(
  model: TextModel,
  tokens: readonly Token[],
  from = 0,
): TailAttribution | null {
  const lowers = tokens.map((t) => t.lower);
  for (let c = Math.max(1, from); c < tokens.length; c++) {
    if (!BOUNDARY.has(tokens[c - 1]!.text)) continue;
    const match = model.speech.matchReportingVerb(lowers, c);
    if (!match || !match.verb.tail) continue;
    const afterStart = c + match.length;
    const after = tokens.slice(afterStart).filter((_, k) => afterStart + k !== match.particle);
    const speaker = parseSpeakerAfter(model, after);
    if (!speaker) continue;
    const cueText =
      match.particle !== null
        ? `${tokens[c]!.text} ${tokens[match.particle]!.text}`
        : tokens
            .slice(c, c + match.length)
            .map((t) => t.text)
            .join(' ');
    let boundary = c - 1;
    // `«...», sier hun`: the comma after a closing mark still belongs to the boundary.
    if (tokens[boundary]!.text === ',' && boundary > 0 && /^[»"”]$/.test(tokens[boundary - 1]!.text))
      boundary--;
    return { boundary, cue: c, cueText: cueText.toLowerCase(), speaker };
  }
  return null;
}
