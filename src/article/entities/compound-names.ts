// Names inside compounds: `Nato` in `Nato-sjefen`, `FN` in `FN-resolusjonen`, `Kursk` in `Kursk-regionen`.
import type { EntityType } from '../../contract/index.ts';
import type { AnalyzedSentence } from '../../languages/nlp.ts';
import { nameKey, type NameSpan } from './link-mentions.ts';

/** Word beginnings of the second part that tell what the first part names, by entity type. */
export type CompoundSuffixes = Partial<Record<EntityType, string[]>>;

const COMPOUND = /^(\p{Lu}[\p{L}\p{N}]*(?:-\p{Lu}[\p{L}\p{N}]*)*)-(\p{Ll}{3,})$/u;

/**
 * NER leaves the name inside a compound unmarked (`Nato-sjef Jens Stoltenberg`) or swallows the compound into a
 * person (`Putins Nord-Korea-besøk`). This trims such compounds off name spans and adds the first part as a
 * mention when it is a name the article already uses, or when the second part says what kind of name it is.
 */
export function addCompoundNames(
  sentences: AnalyzedSentence[],
  names: NameSpan[],
  suffixes: CompoundSuffixes,
): NameSpan[] {
  // NorNE tags `Nato-sjef` as a derived name (DRV); the name inside it is what a reader follows.
  const trimmed = names
    .filter((span) => !(span.type === 'DRV' && isKnownCompound(span.text, suffixes)))
    .flatMap((span) => trimCompounds(span, suffixes));
  const known = new Map(trimmed.map((n) => [nameKey(n.base ?? n.text), n.type]));
  const covered = (start: number, end: number) => trimmed.some((n) => n.start < end && start < n.end);
  const added: NameSpan[] = [];
  for (const sentence of sentences) {
    for (const token of sentence.tokens) {
      const m = COMPOUND.exec(token.text);
      if (!m || covered(token.start, token.start + m[1]!.length)) continue;
      const first = m[1]!;
      const second = m[2]!;
      const type = known.get(nameKey(first)) ?? typeFromSuffix(second, suffixes);
      if (!type) continue;
      added.push({ start: token.start, end: token.start + first.length, text: first, type });
    }
  }
  return [...trimmed, ...added].sort((a, b) => a.start - b.start);
}

function typeFromSuffix(second: string, suffixes: CompoundSuffixes): EntityType | undefined {
  for (const [type, starts] of Object.entries(suffixes) as [EntityType, string[]][])
    if (starts.some((s) => second.startsWith(s))) return type;
  return undefined;
}

/**
 * `Putins Nord-Korea-besøk` -> `Putins`, `Nato-sjef Jens Stoltenberg` -> `Jens Stoltenberg`: a compound whose second
 * part is a known kind of word is not part of the name beside it (`Kim Il-sung` stays whole).
 */
function trimCompounds(span: NameSpan, suffixes: CompoundSuffixes): NameSpan[] {
  const words = span.text.split(' ');
  if (words.length < 2) return [span];
  const isCompound = (word: string) => isKnownCompound(word, suffixes);
  let from = 0;
  let to = words.length;
  if (isCompound(words[0]!)) from = 1;
  if (to - from > 1 && isCompound(words[to - 1]!)) to--;
  if (from === 0 && to === words.length) return [span];
  const offset = words.slice(0, from).reduce((n, w) => n + w.length + 1, 0);
  const text = words.slice(from, to).join(' ');
  return [{ start: span.start + offset, end: span.start + offset + text.length, text, type: span.type }];
}

function isKnownCompound(word: string, suffixes: CompoundSuffixes): boolean {
  const m = COMPOUND.exec(word);
  return m !== null && typeFromSuffix(m[2]!, suffixes) !== undefined;
}
