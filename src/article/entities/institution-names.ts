// Institutions named by a place and a common noun (`Norges forskningsråd`, `UiT Norges arktiske universitet`).
import type { AnalyzedSentence } from '../../languages/nlp.ts';

const MAX_ADJECTIVES = 2;

/**
 * Where a name ends when a genitive name is followed by lower-case adjectives and an institution noun
 * (`Norges forskningsråd`, `Statens vegvesen`, `UiT Norges arktiske universitet`): the index after that noun, or
 * `end` unchanged. The noun must be indefinite, singular and one of the pack's institution heads or end in one
 * (`forskningsråd` ends in `råd`); `Norges statsminister` or `Orbáns selskaper` stay as they are. The caller
 * decides whose genitive may name an institution (a person's does not: `Olsens forening`).
 */
export function institutionEnd(sentence: AnalyzedSentence, end: number, heads: readonly string[]): number {
  const genitive = sentence.tokens[end - 1];
  // `Statens`: the tagger does not always mark a genitive it has not seen as one.
  const isGenitive = genitive?.feats.includes('Case=Gen') || /\p{Ll}s$/u.test(genitive?.text ?? '');
  // `Østre Agder brannvesen`, `Innlandet fylkeskommune`: a place's name right before the institution noun.
  const placed = !isGenitive && genitive !== undefined && /^\p{Lu}/u.test(genitive.text);
  if (!genitive || (genitive.upos !== 'PROPN' && !placed) || (!isGenitive && !placed)) return end;
  let k = end;
  const lower = (i: number) => {
    const text = sentence.tokens[i]?.text ?? '';
    return text !== '' && text === text.toLowerCase();
  };
  while (!placed && k < end + MAX_ADJECTIVES && sentence.tokens[k]?.upos === 'ADJ' && lower(k)) k++;
  const head = sentence.tokens[k];
  if (!head || head.upos !== 'NOUN' || !lower(k)) return end;
  if (head.feats.includes('Definite=Def') || head.feats.includes('Number=Plur')) return end;
  const lemma = head.lemma.toLowerCase();
  return heads.some((h) => lemma === h || (lemma.length > h.length + 2 && lemma.endsWith(h))) ? k + 1 : end;
}
