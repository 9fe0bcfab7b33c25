// Offices and institutions named by their seat (`Statsforvalteren i Agder`, `Høgskulen i Volda`, `Universitetet i
// Bergen`): a capitalised definite noun for one, then `i` or `på` and a place's name, is one organisation's name.
import type { AnalyzedSentence } from '../../languages/nlp.ts';
import type { NameSpan } from './link-mentions.ts';

const SEAT_PREPOSITIONS = new Set(['i', 'på']);
const CAPITAL = /^\p{Lu}/u;

/**
 * Adds `Statsforvalteren i Innlandet` as an organisation wherever an office of `offices` (lemmas) is written
 * capitalised in the definite form, right before `i`/`på` and a capitalised word; the names inside it give way.
 */
export function addOfficeNames(
  sentences: AnalyzedSentence[],
  text: string,
  found: NameSpan[],
  offices: readonly string[],
): NameSpan[] {
  const added: NameSpan[] = [];
  for (const { tokens } of sentences)
    for (let i = 0; i + 2 < tokens.length; i++) {
      const office = tokens[i]!;
      const seat = tokens[i + 2]!;
      // By the written form: the tagger may take an office it has not seen for a name.
      const word = office.text.toLowerCase();
      const definite = (o: string) => ['en', 'n', 'et', 'a'].some((ending) => word === `${o}${ending}`);
      if (!/^\p{Lu}/u.test(office.text) || !offices.some(definite)) continue;
      if (!SEAT_PREPOSITIONS.has(tokens[i + 1]!.text) || !CAPITAL.test(seat.text)) continue;
      // The seat may be a name of several words, and a county of two (`i Troms og Finnmark`).
      let last = i + 2;
      const place = found.find((n) => n.start === seat.start);
      while (place && tokens[last + 1] && tokens[last + 1]!.end <= place.end) last++;
      if (tokens[last + 1]?.text === 'og' && CAPITAL.test(tokens[last + 2]?.text ?? '')) last += 2;
      const start = office.start;
      const end = tokens[last]!.end;
      added.push({ start, end, text: text.slice(start, end), type: 'ORG' });
    }
  if (added.length === 0) return found;
  const kept = found.filter((n) => !added.some((a) => a.start < n.end && n.start < a.end));
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}
