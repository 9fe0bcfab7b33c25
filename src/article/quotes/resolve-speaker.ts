// Finds who a described speaker is: a role given a person before (`kommunedirektøren`), an age (`24-åringen`), a
// body named by its kind (`tingretten` -> `Buskerud tingrett`), a document's author (`rapporten` -> `FHI`), and the
// person a paragraph is about for `han`/`hun` (the subject of a sentence before, not a name inside an object).
import { PREPOSITIONS } from './parse-subject.ts';
import type { NameSpan, TextModel } from './text-model.ts';
import type { TextSpan } from './types.ts';

/** Words before a name that show it is not the sentence's subject: prepositions, subordinators, a verb's object. */
const NOT_BEFORE_SUBJECT = new Set([
  ...PREPOSITIONS,
  'bak',
  'ifølge',
  'da',
  'når',
  'mens',
  'som',
  'at',
  'og',
  'eller',
  'men',
  'det',
  'den',
  'var',
  'er',
  'har',
]);

/** `Nato-sjefen` -> `nato-sjef`, `dommen` -> `dom`: a noun without its definite ending or doubled consonant. */
export function nounKey(word: string): string {
  const lower = word.toLowerCase();
  const stem =
    lower.length > 5 ? lower.replace(/(?:ene|en|et|a|ne)$/u, '') : lower.replace(/(?:en|et)$/u, '');
  return stem.length > 3 ? stem.replace(/(\p{L})\1$/u, '$1') : lower;
}

const DEFINITE = /\p{L}{3}(?:ene|en|et|a|ne)$/u;

const isPerson = (n: NameSpan): boolean => n.type === 'PER' || (n.type === 'UNK' && n.text.includes(' '));

/** The word before offset `pos` in the body, lower case. */
function wordBefore(model: TextModel, pos: number): string | undefined {
  return /([\p{L}\p{N}-]+)[\s,]*$/u.exec(model.body.slice(Math.max(0, pos - 40), pos))?.[1]?.toLowerCase();
}

/** The named entity a described speaker stands for, if the text named it: null when it cannot tell. */
export function describedSpeaker(model: TextModel, description: string, at: number): string | null {
  const word = /^[\p{L}\p{N}-]+/u.exec(description.trim())?.[0];
  if (word?.toLowerCase() === 'landets') return countryBefore(model, at);
  if (!word || !DEFINITE.test(word.toLowerCase())) return null;
  return (
    personByAge(model, word, at) ??
    personByRole(model, word, at) ??
    documentAuthor(model, word, at) ??
    bodyByKind(model, word, at)
  );
}

/** `skriver landets utenriksdepartement`: the country a sentence just before opens with. */
function countryBefore(model: TextModel, at: number): string | null {
  const paragraph = model.paragraphs.findIndex((p) => p.start <= at && at <= p.end);
  const from = model.paragraphs[Math.max(0, paragraph - 2)]?.start ?? 0;
  for (let i = model.sentences.length - 1; i >= 0; i--) {
    const s = model.sentences[i]!;
    if (s.start >= at) continue;
    if (s.end <= from) break;
    const subject = subjectOf(model, s);
    if (subject && (subject.type === 'GPE' || subject.type === 'UNK')) return subject.text;
  }
  return null;
}

/** `24-åringen` after `Ola Dahl (24)` or `Ola Dahl, 24 år,`: the person given that age. */
function personByAge(model: TextModel, word: string, at: number): string | null {
  const age = /^(\d{1,3})-åringen$/u.exec(word.toLowerCase())?.[1];
  if (!age) return null;
  const given = new RegExp(`^\\s*(?:\\(${age}\\)|,\\s*${age}(?:\\s+år)?\\b)`, 'u');
  for (let k = model.names.length - 1; k >= 0; k--) {
    const n = model.names[k]!;
    if (n.end > at || !isPerson(n)) continue;
    if (given.test(model.body.slice(n.end, n.end + 12))) return n.text;
  }
  return null;
}

/** `sier 24-åringen` after `en 24 år gammel mann` or `en 24-åring`: someone the text never named. */
export function unnamedByAge(model: TextModel, description: string, at: number): boolean {
  const age = /^(\d{1,3})-åringen\b/u.exec(description.trim().toLowerCase())?.[1];
  if (!age) return false;
  return new RegExp(`\\b(?:en|ei|et) (?:${age} år gammel|${age}-åring)\\b`, 'iu').test(
    model.body.slice(0, at),
  );
}

/** `kommunedirektøren` after `kommunedirektør Kari Berg`: the person last introduced with that role. */
function personByRole(model: TextModel, word: string, at: number): string | null {
  const key = nounKey(word);
  for (let k = model.names.length - 1; k >= 0; k--) {
    const n = model.names[k]!;
    if (n.end > at || !isPerson(n) || n.genitive) continue;
    const before = wordBefore(model, n.start);
    if (before && nounKey(before) === key) return n.text;
  }
  return null;
}

/** `tingretten`, `retten` -> `Buskerud tingrett`; `kommunen` -> `Tromsø kommune`: an organisation whose name ends in
 *  the noun, named before (or, failing that, in the paragraph after). */
function bodyByKind(model: TextModel, word: string, at: number): string | null {
  const lower = word.toLowerCase();
  const stem = lower.replace(/(?:ene|en|et|a|ne)$/u, '');
  if (stem.length < 4) return null;
  const key = nounKey(lower);
  // `ga selskapet Nordkyn Vind AS konsesjon`: the text introduced the name with this very noun.
  const introduced = (n: NameSpan) =>
    model.body.slice(Math.max(0, n.start - lower.length - 1), n.start).toLowerCase() === `${lower} `;
  const fits = (n: NameSpan) => {
    if (n.type !== 'PER' && introduced(n)) return true;
    if (n.type === 'PER' || (n.type !== 'ORG' && !n.text.includes(' '))) return false;
    const last = n.text.toLowerCase().split(/\s+/).pop() ?? '';
    // A compound names the same kind: `sentralbanken` for `Norges Bank`, `politiet` for `Vest politidistrikt`.
    const compound =
      (stem.length >= 5 && last.startsWith(stem)) ||
      (n.text.includes(' ') && last.length >= 4 && stem.endsWith(last));
    return last.endsWith(stem) || nounKey(last).endsWith(key) || compound;
  };
  const before = model.names.filter((n) => n.end <= at && fits(n));
  if (before.length) return before[before.length - 1]!.text;
  const paragraph = model.paragraphs.findIndex((p) => p.start <= at && at <= p.end);
  const limit = model.paragraphs[paragraph + 1]?.end ?? model.body.length;
  return model.names.find((n) => n.start > at && n.end <= limit && fits(n))?.text ?? null;
}

/** `rapporten` after `en ny rapport fra FHI`; `dommen` after `Buskerud tingrett avsa dom`: who wrote the document. */
function documentAuthor(model: TextModel, word: string, at: number): string | null {
  if (!model.speech.documentNouns?.has(word.toLowerCase())) return null;
  const key = nounKey(word);
  const sentences = model.sentences.filter((s) => s.start < at);
  for (let i = sentences.length - 1; i >= 0; i--) {
    const s = sentences[i]!;
    const tokens = s.tokens.filter((t) => t.end <= at);
    for (let k = tokens.length - 1; k >= 0; k--) {
      const t = tokens[k]!;
      const compound = /^(\p{Lu}[\p{L}\p{N}]*)-(\p{Ll}+)$/u.exec(t.text);
      if (compound && nounKey(compound[2]!) === key) {
        const name = model.nameByStart.get(t.start);
        if (name) return name.text.replace(/-.*$/u, '');
      }
      if (nounKey(t.text) !== key) continue;
      // `rapport fra FHI`, `rapporten av Ola Dahl`
      const prep = tokens[k + 1];
      const author =
        prep && /^(fra|av)$/.test(prep.lower) ? model.nameByStart.get(tokens[k + 2]?.start ?? -1) : undefined;
      if (author && !author.genitive) return author.text;
      // `FHIs rapport`
      const owner = model.nameByEnd.get(tokens[k - 1]?.end ?? -1);
      if (owner?.genitive)
        return (owner as NameSpan & { base?: string }).base ?? owner.text.replace(/s$/u, '');
      // `Buskerud tingrett avsa dom`: the subject that issued it
      const subject = subjectOf(model, s);
      if (subject && !subject.genitive && subject.end <= t.start) return subject.text;
    }
  }
  return null;
}

/** The name a sentence opens with (after at most two role words): its subject. */
function subjectOf(
  model: TextModel,
  sentence: TextSpan & { tokens: { start: number; lower: string; text: string }[] },
): NameSpan | undefined {
  const tokens = sentence.tokens;
  // A sentence opening a quote (`– Vi ...`, `«De ...»`) has the quoted words' subject, not the article's.
  if (!tokens[0] || /^[–—\-«"“]$/.test(tokens[0].text)) return undefined;
  for (let j = 0; j < tokens.length && j <= 2; j++) {
    const n = model.nameByStart.get(tokens[j]!.start);
    // `Handelsbankens sjeføkonom Anniken Solum er uenig`: an owner's genitive opens the role before the name.
    if (n?.genitive) {
      j += n.text.split(/\s+/).length - 1;
      continue;
    }
    if (n) return n;
    if (NOT_BEFORE_SUBJECT.has(tokens[j]!.lower) || /^[,.:;!?]$/.test(tokens[j]!.text)) return undefined;
  }
  return undefined;
}

/**
 * The person `han`/`hun` most likely is: the subject of the nearest sentence before `at` (after `after`) that opens
 * with a person's name (`Kari Berg er fornøyd.`, `Overlege Kari Berg ved ... er kritisk.`), not a name inside a quote
 * or an object.
 */
export function subjectPersonBefore(
  model: TextModel,
  at: number,
  after: number,
  quoted: readonly TextSpan[],
): string | null {
  for (let i = model.sentences.length - 1; i >= 0; i--) {
    const s = model.sentences[i]!;
    if (s.end <= after) break;
    if (s.start >= at) continue;
    const subject = subjectOf(model, s);
    if (!subject || subject.start <= after || subject.end > at || subject.weak || !isPerson(subject))
      continue;
    if (quoted.some((q) => q.start <= subject.start && subject.end <= q.end)) continue;
    return subject.text;
  }
  return null;
}
