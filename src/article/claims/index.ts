// The claims stage: quantities the article states, parsed, with what they count, who holds them and how firmly.
import type { Quantity, QuantityReader } from '../../languages/quantity-reader.ts';
import { findQuotes } from '../quotes/index.ts';
import { splitParagraphs, splitSentencesIn } from '../quotes/split-sentences.ts';
import type { TextSpan } from '../quotes/types.ts';
import { classifyCertainty } from './classify-certainty.ts';
import { clauseStart, describeAbout } from './describe-about.ts';
import { findHolder, resolveHolder, trimHolder } from './find-holder.ts';
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

/**
 * `120 og 90 dagers fengsel`, `31 mot 24 stemmer`, `fra 3 til 4 promille`: a number joined to the next one by
 * `og`/`eller`/`mot` (or by `til` after `fra`, a change rather than a range) shares its noun (the span stays its own).
 */
function sharedUnit(
  reader: QuantityReader,
  body: string,
  start: number,
  end: number,
  quantities: readonly Quantity[],
  index: number,
  offset: number,
) {
  const next = quantities[index + 1];
  if (!next) return null;
  const gap = body.slice(end, offset + next.start);
  const joined =
    /^\s+(og|eller|mot)\s+$/.test(gap) ||
    (/^\s+til\s+$/.test(gap) && /(?<![\p{L}])fra\s+$/iu.test(body.slice(Math.max(0, start - 8), start)));
  if (!joined) return null;
  const noun = findUnit(reader, body, offset + next.end);
  return noun ? { ...noun, start: end, end } : null;
}

/** `rundt 4 millioner av dem`: a number counting a part of a group takes the noun of the group counted before it. */
const PART_OF = /^[ \u00a0]+av[ \u00a0]+(?:dem|disse)(?![\p{L}])/u;

/** `rundt 150 av stillingene`, `40 av de ansatte`: a number out of a named group counts that group's noun. */
const OUT_OF =
  /^[ \u00a0]+av[ \u00a0]+(?:de[ \u00a0]+(\p{Ll}{3,})|(\p{Ll}{3,}(?:ene|erne|ne|a)))(?![\p{L}])/u;

/** `Kystfly oppgir at tallet var om lag 71 000`: a bare number given as "the figure" is another figure for the last count. */
const THE_FIGURE =
  /(?<![\p{L}])(?:tallet|antallet)[ \u00a0]+(?:er|var|blir|ligger[ \u00a0]+på|lå[ \u00a0]+på)[ \u00a0]+$/iu;
/** How far back the count a bare "figure" answers may stand (about two sentences). */
const FIGURE_REACH = 400;

/**
 * `Brann har 58 poeng, mens Glimt har 59.`: a bare number at the end of a clause, after the same word that stood
 * before an earlier claim of the sentence, counts what that claim counted.
 */
function parallelClaim(
  body: string,
  sentence: TextSpan,
  start: number,
  numberEnd: number,
  earlier: readonly FoundClaim[],
): FoundClaim | null {
  if (!/^[ \u00a0]*(?:[.,;!?]|$)/.test(body.slice(numberEnd, numberEnd + 2))) return null;
  const verb = wordBeforeAt(body, start);
  if (!verb) return null;
  for (let k = earlier.length - 1; k >= 0; k--) {
    const c = earlier[k]!;
    if (c.start < sentence.start) break;
    if (wordBeforeAt(body, c.start) === verb) return c;
  }
  return null;
}

/** The lower-cased word right before `pos` (one space between), or null. */
function wordBeforeAt(body: string, pos: number): string | null {
  const m = /(?<![\p{L}])(\p{L}+)[ \u00a0]$/u.exec(body.slice(Math.max(0, pos - 30), pos));
  return m ? m[1]!.toLowerCase() : null;
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
      const sentence: TextSpan = sentences.find((s) => s.start <= start && start < s.end) ?? p;
      const noun = q.unit
        ? null
        : (findUnit(reader, body, numberEnd) ??
          sharedUnit(reader, body, start, numberEnd, quantities, index, p.start));
      // `de siste ti årene`: a word number before a definite plural names a known set, not a count.
      if (noun && q.rule === 'numbers/word' && /(ene|erne)$/.test(noun.word) && noun.start > numberEnd)
        continue;
      const previous = out[out.length - 1];
      const partOf =
        !q.unit && !noun && previous && previous.start >= sentence.start
          ? PART_OF.exec(body.slice(numberEnd, numberEnd + 12))
          : null;
      const parallel =
        !q.unit && !noun && !partOf ? parallelClaim(body, sentence, start, numberEnd, out) : null;
      const figure =
        !q.unit && !noun && !partOf && !parallel && previous && start - previous.end <= FIGURE_REACH
          ? THE_FIGURE.test(body.slice(Math.max(0, start - 30), start))
          : false;
      const implied = partOf ? previous! : (parallel ?? (figure ? previous! : null));
      const outOf = !q.unit && !noun && !implied ? OUT_OF.exec(body.slice(numberEnd, numberEnd + 40)) : null;
      const unit =
        q.unit ??
        (noun
          ? lemmatise(noun.word)
          : (implied?.unit ?? (outOf ? lemmatise((outOf[1] ?? outOf[2])!) : null)));
      if (!unit) continue;
      const end =
        noun?.end ??
        (partOf ? numberEnd + partOf[0].length : outOf ? numberEnd + outOf[0].length : numberEnd);
      const found = findHolder(quotes, start, end);
      const written = found && trimHolder(found.name, speech);
      const holder = found && resolveHolder(found.name, body, input.names, start, speech);
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
        holderName: holder,
        certainty,
        start,
        end,
        rule: [
          q.unit ? 'claims/symbol-unit' : implied ? 'claims/implied-noun' : 'claims/counted-noun',
          noun && noun.start === numberEnd && noun.end === numberEnd ? 'claims/shared-noun' : null,
          holder ? 'claims/holder-quote' : null,
          holder && holder !== written ? 'claims/holder-named-source' : null,
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
