// Document consistency: a name recognised once (in the body or the headline) is a mention wherever it recurs.
import type { EntityType } from '../../contract/index.ts';
import type { AnalyzedSentence } from '../../languages/nlp.ts';
import { nameKey, type NameSpan } from './link-mentions.ts';

const LONGEST = 5;
const CAPITALISED = /^\p{Lu}/u;
const REPEATABLE = new Set<EntityType>(['PER', 'ORG', 'GPE', 'LOC']);

/**
 * The recogniser sometimes misses a name it found elsewhere in the same article (`Putins` opening a sentence, after
 * `Putin` in the headline). Every uncovered run of body tokens that spells a known name, or its genitive, becomes a
 * mention of that name's type.
 */
export function addRepeatedNames(
  sentences: AnalyzedSentence[],
  found: NameSpan[],
  headline: NameSpan[],
): NameSpan[] {
  const known = new Map<string, EntityType>();
  for (const n of [...found, ...headline])
    if (REPEATABLE.has(n.type) && n.text.length >= 3 && CAPITALISED.test(n.text))
      known.set(nameKey(n.base ?? n.text), n.type);
  if (known.size === 0) return found;
  const overlaps = (start: number, end: number) => found.filter((n) => n.start < end && start < n.end);
  const replaced = new Set<NameSpan>();
  const added: NameSpan[] = [];
  for (const { tokens } of sentences) {
    for (let i = 0; i < tokens.length; i++) {
      if (!CAPITALISED.test(tokens[i]!.text)) continue;
      for (let n = Math.min(LONGEST, tokens.length - i); n >= 1; n--) {
        const first = tokens[i]!;
        const last = tokens[i + n - 1]!;
        // A found name inside a longer known name spelled here (`Nord` in `Havbruk Nord`) gives way to it.
        const hit = overlaps(first.start, last.end);
        if (
          hit.some(
            (h) =>
              n === 1 ||
              h.start < first.start ||
              h.end > last.end ||
              h.end - h.start === last.end - first.start,
          )
        )
          continue;
        const words = tokens
          .slice(i, i + n)
          .map((t) => t.text)
          .join(' ');
        const genitive = /s$/.test(words) ? words.slice(0, -1) : null;
        const type = known.get(nameKey(words)) ?? (genitive ? known.get(nameKey(genitive)) : undefined);
        if (!type) continue;
        const span: NameSpan = { start: first.start, end: last.end, text: words, type };
        for (const h of hit) replaced.add(h);
        added.push(known.has(nameKey(words)) || !genitive ? span : { ...span, base: genitive });
        i += n - 1;
        break;
      }
    }
  }
  return added.length
    ? [...found.filter((n) => !replaced.has(n)), ...added].sort((a, b) => a.start - b.start)
    : found;
}
