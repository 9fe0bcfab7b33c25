// The claims stage: quantities the article states, parsed, with what they count, who holds them and how firmly.
import type { Quantity, QuantityReader } from '../../languages/quantity-reader.ts';
import { findQuotes } from '../quotes/index.ts';
import { splitParagraphs, splitSentencesIn } from '../quotes/split-sentences.ts';
import type { TextSpan } from '../quotes/types.ts';
import { classifyCertainty } from './classify-certainty.ts';
import { clauseStart, describeAbout } from './describe-about.ts';
import { findHolder } from './find-holder.ts';
import { findUnit } from './find-unit.ts';
import type { ClaimsInput, FoundClaim } from './types.ts';

export type { ClaimsInput, FoundClaim } from './types.ts';
export { CLAIM_RULES } from './rules.ts';

/** A short line without end punctuation (`3 hours ago 2`) is page furniture. */
const isFurniture = (text: string): boolean => text.length < 25 && !/[.!?»"”]$/.test(text);

/** Up to `count` words after `from` (within `limit`): `200 hus kan bli revet` keeps `kan`. */
const wordsAfter = (body: string, from: number, limit: number, count: number): string =>
  body
    .slice(from, limit)
    .split(/(?=\s)/)
    .slice(0, count + 1)
    .join('');

/** `120 og 90 dagers fengsel`: a number joined by `og`/`eller` to the next one shares its noun (the span stays its own). */
function sharedUnit(
  reader: QuantityReader,
  body: string,
  end: number,
  quantities: readonly Quantity[],
  index: number,
  offset: number,
) {
  const next = quantities[index + 1];
  if (!next || !/^\s+(og|eller)\s+$/.test(body.slice(end, offset + next.start))) return null;
  const noun = findUnit(reader, body, offset + next.end);
  return noun ? { ...noun, start: end, end } : null;
}

/** Finds every stated quantity in the body. Pure: same input, same output. */
export function findClaims(input: ClaimsInput): FoundClaim[] {
  const { body, speech, quantities: reader } = input;
  const lemmatise = input.lemmatise ?? reader.lemmatiseUnit;
  const quotes =
    input.quotes ??
    findQuotes({
      body,
      names: input.names,
      speech,
      ...(input.sentences ? { sentences: input.sentences } : {}),
    });
  const out: FoundClaim[] = [];
  for (const p of splitParagraphs(body)) {
    const text = body.slice(p.start, p.end);
    if (isFurniture(text)) continue;
    const sentences =
      input.sentences?.filter((s) => s.start >= p.start && s.end <= p.end) ?? splitSentencesIn(body, p);
    const quantities = reader.findQuantities(text);
    for (const [index, q] of quantities.entries()) {
      const start = p.start + q.start;
      const numberEnd = p.start + q.end;
      const noun = q.unit
        ? null
        : (findUnit(reader, body, numberEnd) ??
          sharedUnit(reader, body, numberEnd, quantities, index, p.start));
      // `de siste ti årene`: a word number before a definite plural names a known set, not a count.
      if (noun && q.rule === 'numbers/word' && /(ene|erne)$/.test(noun.word) && noun.start > numberEnd)
        continue;
      const unit = q.unit ?? (noun ? lemmatise(noun.word) : null);
      if (!unit) continue;
      const end = noun?.end ?? numberEnd;
      const sentence: TextSpan = sentences.find((s) => s.start <= start && start < s.end) ?? p;
      const holder = findHolder(quotes, start, end);
      const { certainty, rule: certaintyRule } = classifyCertainty(speech, {
        sentence: body.slice(sentence.start, sentence.end),
        clause: body.slice(clauseStart(body, sentence, start), end) + wordsAfter(body, end, sentence.end, 3),
        modifier: q.modifier,
        hasHolder: holder !== null,
      });
      out.push({
        value: q.value,
        min: q.min,
        max: q.max,
        unit,
        text: body.slice(start, end),
        about: describeAbout(body, sentence, start, end),
        holder: null,
        holderName: holder?.name ?? null,
        certainty,
        start,
        end,
        rule: [
          q.unit ? 'claims/symbol-unit' : 'claims/counted-noun',
          holder ? 'claims/holder-quote' : null,
          certaintyRule,
        ]
          .filter(Boolean)
          .join(' '),
        quantityRule: q.rule,
      });
    }
  }
  return out;
}
