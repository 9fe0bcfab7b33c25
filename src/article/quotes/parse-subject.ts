// Reads the subject before a reporting verb: `Bystyrets leder, Anne Lie,` / `Kari Berg, forsker ved NTNU,` / `Ulike observatører`.
import { isPronoun, isRoleNoun, isSkippable, nameStartingAt, type SpeakerRef } from './parse-attribution.ts';
import type { TextModel, Token } from './text-model.ts';
import { PUNCT, textOf, trimPunct } from './token-spans.ts';

const CLAUSE_CONJUNCTIONS = new Set(['og', 'men', 'mens', 'fordi', 'så', 'hvis', 'dersom', 'selv']);
/** A clause opening with a preposition (`Av dem svarer ...`) has its subject after the verb. */
export const PREPOSITIONS = new Set([
  'i',
  'på',
  'av',
  'med',
  'for',
  'etter',
  'under',
  'fra',
  'til',
  'om',
  'blant',
  'hos',
  'ved',
  'mot',
]);

/** Where the clause holding token `index` starts: the sentence start or after `, og` / `, men` / `;` / `:`. */
export function clauseStart(tokens: readonly Token[], index: number): number {
  for (let k = index - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ':' || t.text === '–' || t.text === '—') return k + 1;
    if (t.text === ',' && tokens[k + 1] && CLAUSE_CONJUNCTIONS.has(tokens[k + 1]!.lower)) return k + 2;
  }
  return 0;
}

/** The subject before a reporting verb at `cue`: `Bystyrets leder, Anne Lie,` / `Kari Berg, forsker ved NTNU,` / `Ulike observatører`. */
export function parseSubjectBefore(
  model: TextModel,
  tokens: readonly Token[],
  cue: number,
): SpeakerRef | null {
  let end = cue;
  while (end > 0 && isSkippable(model.speech, tokens[end - 1])) end--;
  const start = clauseStart(tokens, end);
  let subject = trimPunct(tokens.slice(start, end) as Token[]);
  if (!subject.length || PREPOSITIONS.has(subject[0]!.lower)) return null;
  // `FN-eksperter har i en rapport hevdet`: the subject ends at an auxiliary followed by an adverbial. Not
  // when a clause is fronted (`Da Trump var president fortalte han`: its subject comes after the verb).
  const aux = subject.findIndex((t, k) => k > 0 && model.speech.auxiliaries.has(t.lower));
  if (
    aux > 0 &&
    PREPOSITIONS.has(subject[aux + 1]?.lower ?? '') &&
    !tokens.slice(start, end).some((t) => t.text === ',')
  )
    subject = trimPunct(subject.slice(0, aux));
  if (subject.length === 1 && isPronoun(model.speech, subject[0]))
    return { name: null, role: null, outlet: null, refersBack: 'pronoun' };
  // `Terje Aasland (Ap)`: a bracket after the name belongs to the role.
  let bracket: string | null = null;
  if (subject[subject.length - 1]!.text === ')') {
    const open = subject.map((t) => t.text).lastIndexOf('(');
    if (open > 0) {
      bracket = textOf(model, subject.slice(open));
      subject = trimPunct(subject.slice(0, open));
    }
  }
  const withBracket = (role: string | null) => [role, bracket].filter(Boolean).join(' ') || null;
  const parts = splitAtCommas(subject);
  // `Fagforeningen Tekna, som organiserer de fleste, mener`: a relative clause after the subject is no part of it.
  const comma = subject.findIndex((t) => t.text === ',');
  if (parts.length >= 2 && parts[1]![0]?.lower === 'som' && comma > 0) {
    const first = parseSubjectBefore(model, tokens, tokens.indexOf(subject[comma]!));
    if (first?.name) return first;
  }
  const last = subject[subject.length - 1]!;
  const first = parts[0]!;
  const firstName = nameStartingAt(model, first[0], true);
  const atEnd = model.nameByEnd.get(last.end);
  const endName = atEnd && atEnd.start >= subject[0]!.start && !atEnd.genitive ? atEnd : undefined;
  const firstIsWhole = firstName && firstName.end === first[first.length - 1]!.end;
  // `Kari Berg, forsker ved NTNU, sier`; a lone sentence-initial word gives way to a full name at the end.
  if (parts.length >= 2 && firstIsWhole && !(firstName.weak && endName && !endName.weak)) {
    const role = textOf(
      model,
      subject.filter((t) => t.start >= firstName.end),
    );
    return { name: firstName.text, role: withBracket(role), outlet: null, refersBack: null };
  }
  // `Analytiker Kari Berg i Nordea mener`: the organisation after a preposition is part of the role, also with a
  // description before it (`i analyseselskapet Volteq`).
  let beforeEnd = endName ? subject.findIndex((t) => t.start === endName.start) - 1 : -1;
  for (let k = 0; k < 3 && beforeEnd > 0 && /^\p{Ll}/u.test(subject[beforeEnd]!.text); k++) {
    if (PREPOSITIONS.has(subject[beforeEnd]!.lower)) break;
    beforeEnd--;
  }
  // `Administrerende direktør Torunn Stavseng i NHO Transport`: a lone capitalised word opening the sentence is a
  // title, not the name, when a name stands after it.
  const before = model.names.filter(
    (n) => n.start >= subject[0]!.start && endName && n.end < endName.start && !n.genitive,
  );
  const earlier = before.find((n) => !n.weak) ?? before[0];
  if (endName && earlier && beforeEnd >= 0 && PREPOSITIONS.has(subject[beforeEnd]!.lower)) {
    const role = [
      textOf(
        model,
        subject.filter((t) => t.end <= earlier.start),
      ),
      textOf(
        model,
        subject.filter((t) => t.start >= earlier.end),
      ),
    ]
      .filter(Boolean)
      .join(' ');
    return { name: earlier.text, role: withBracket(role || null), outlet: null, refersBack: null };
  }
  if (endName) {
    const role = textOf(
      model,
      subject.filter((t) => t.end <= endName.start),
    );
    // `Norge og Sverige mener`, `Både Kari og Ola sier`: a coordination names speakers, not a role.
    if (role && /(^|\s)(og|eller)$|^både\b/iu.test(role))
      return {
        name: endName.text,
        role: withBracket(null),
        outlet: null,
        refersBack: null,
        coordinated: true,
      };
    return { name: endName.text, role: withBracket(role), outlet: null, refersBack: null };
  }
  // `Fagsjef Ole Mæland i forbundet sier`: a name followed by a preposition and a description is the speaker; the
  // description may name its body (`Klubbleder Stian Hovland i Fellesforbundet ved verftet mener`).
  const inner = model.names.find(
    (n) => n.start >= subject[0]!.start && n.end < last.end && !n.genitive && !n.weak,
  );
  const afterInner = inner ? subject.findIndex((t) => t.start >= inner.end) : -1;
  const named = (t: Token) => model.names.some((n) => n.start <= t.start && t.end <= n.end);
  if (
    inner &&
    afterInner > 0 &&
    PREPOSITIONS.has(subject[afterInner]!.lower) &&
    subject.slice(afterInner + 1).every((t) => /^\p{Ll}/u.test(t.text) || named(t))
  ) {
    const role = [
      textOf(
        model,
        subject.filter((t) => t.end <= inner.start),
      ),
      textOf(model, subject.slice(afterInner)),
    ]
      .filter(Boolean)
      .join(' ');
    return { name: inner.text, role: withBracket(role || null), outlet: null, refersBack: null };
  }
  if (isRoleNoun(model.speech, last) && subject.length <= 4)
    return { name: null, role: textOf(model, subject), outlet: null, refersBack: 'role' };
  if (subject.length > 8 || subject.some((t) => PUNCT.test(t.text))) return null;
  if (!/^\p{Ll}/u.test(last.text)) return null;
  return { name: null, role: textOf(model, subject), outlet: null, refersBack: null };
}

function splitAtCommas(tokens: readonly Token[]): Token[][] {
  const parts: Token[][] = [[]];
  for (const t of tokens) {
    if (t.text === ',') parts.push([]);
    else parts[parts.length - 1]!.push(t);
  }
  return parts.filter((p) => p.length);
}
