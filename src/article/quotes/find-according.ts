// Finds sources given with `ifølge`: `Ifølge X har ...`, `..., ifølge X.`, `Mannen tok ifølge dommen imot ...`.
import type { SpeechFinding } from './find-indirect-speech.ts';
import { isPronoun, isRoleNoun, type SpeakerRef } from './parse-attribution.ts';
import type { TextModel, Token } from './text-model.ts';
import { END_PUNCT, spanOf } from './token-spans.ts';

/** `Ifølge X har ...` and `..., ifølge X.` */
export function findAccording(model: TextModel, tokens: readonly Token[]): SpeechFinding[] {
  const at = tokens.findIndex(
    (t, k) => t.lower === 'ifølge' || (t.lower === 'i' && tokens[k + 1]?.lower === 'følge'),
  );
  if (at < 0) return [];
  const from = tokens[at]!.lower === 'i' ? at + 2 : at + 1;
  const front = at === 0 || (at <= 2 && /^[–—-]$/.test(tokens[0]!.text));
  // `Mannen tok ifølge dommen imot ...`: a source inside the clause; the whole sentence is reported.
  const inside = !front && tokens[at - 1]?.text !== ',';
  const sourceEnd = inside ? endOfInnerSource(model, tokens, from) : endOfSource(model, tokens, from, front);
  const source = tokens.slice(from, sourceEnd);
  if (!source.length) return [];
  const speaker = describeSource(model, source);
  const text = front
    ? spanOf(tokens.slice(sourceEnd))
    : inside
      ? spanOf(tokens.filter((_, k) => k < at || k >= sourceEnd))
      : spanOf(tokens.slice(0, at));
  if (!text) return [];
  return [
    {
      text,
      speaker,
      cue: 'ifølge',
      rule: front ? 'quotes/according-front' : inside ? 'quotes/according-inside' : 'quotes/according-tail',
      pointsBack: false,
      at: tokens[from]!.start,
    },
  ];
}

/** A source inside a clause is short: a name (with its title) or one noun phrase ending in a definite noun. */
function endOfInnerSource(model: TextModel, tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length && k < from + 5; k++) {
    const t = tokens[k]!;
    if (PUNCT_TOKEN.test(t.text)) return k;
    const name = model.nameByStart.get(t.start);
    if (name) {
      while (k < tokens.length && tokens[k]!.end <= name.end) k++;
      return k;
    }
    if (/(en|et|a|ene|ne)$/.test(t.lower) && !['den', 'det', 'de', 'en', 'et'].includes(t.lower))
      return k + 1;
  }
  return from + 1;
}

const DEFINITE = /\p{L}{3}(en|et|a|ene|ne)$/u;
const SOURCE_PREPOSITIONS = new Set(['fra', 'i', 'ved', 'hos', 'til']);

const PUNCT_TOKEN = /^[.,:;!?()«»"“”–—-]$/;

function endOfSource(model: TextModel, tokens: readonly Token[], from: number, front: boolean): number {
  const { auxiliaries } = model.speech;
  const head = tokens[from];
  // `Ifølge dommen brukte mannen ...`, `Ifølge rapporten fra FHI har ...`: a definite noun is the source, with a
  // place or author after it; the verb after it opens the reported clause.
  if (
    front &&
    head &&
    /^\p{Ll}/u.test(head.text) &&
    DEFINITE.test(head.lower) &&
    !model.nameByStart.has(tokens[from + 1]?.start ?? -1)
  ) {
    const preposition = tokens[from + 1];
    const name =
      preposition &&
      SOURCE_PREPOSITIONS.has(preposition.lower) &&
      model.nameByStart.get(tokens[from + 2]?.start ?? -1);
    if (!name) return from + 1;
    let end = from + 2;
    while (end < tokens.length && tokens[end]!.end <= name.end) end++;
    return end;
  }
  if (front) {
    // `Ifølge Meteorologisk institutt blir det ...`: the fronted source ends at the finite verb.
    for (let k = from + 1; k < tokens.length && k < from + 10 && tokens[k]!.text !== ','; k++) {
      if (auxiliaries.has(tokens[k]!.lower)) return k;
    }
  }
  let end = from;
  let lastNameEnd = -1;
  for (let k = from; k < tokens.length && k < from + 10; k++) {
    const t = tokens[k]!;
    if (t.text === ',' || END_PUNCT.test(t.text) || t.lower === 'som') break;
    if (front && auxiliaries.has(t.lower)) break;
    const name = model.nameByStart.get(t.start);
    if (name) {
      while (k < tokens.length && tokens[k]!.end <= name.end) k++;
      k--;
      lastNameEnd = k + 1;
      if (front && tokens[k + 1] && !['i', 'ved', 'fra', 'for', 'og'].includes(tokens[k + 1]!.lower))
        return k + 1;
    }
    end = k + 1;
  }
  return front && lastNameEnd > 0 ? Math.max(lastNameEnd, end) : end;
}

function describeSource(model: TextModel, source: readonly Token[]): SpeakerRef {
  const first = source[0]!;
  const last = source[source.length - 1]!;
  const text = model.body.slice(first.start, last.end);
  if (source.length === 1 && isPronoun(model.speech, first))
    return { name: null, role: null, outlet: null, refersBack: 'pronoun' };
  const names = model.names.filter((n) => n.start >= first.start && n.end <= last.end);
  const found = names[names.length - 1];
  // `ifølge kommunedirektøren`: a role noun refers back to a person named before.
  if (!found && source.length === 1 && isRoleNoun(model.speech, first))
    return { name: null, role: text, outlet: null, refersBack: 'role' };
  if (!found) return { name: null, role: text, outlet: null, refersBack: null };
  // `Meteorologisk institutt`, `Statens vegvesen`: a name and the one lower-case noun closing the source.
  const before = source[source.length - 2];
  const joined = before && before.end === found.end && /^\p{Ll}/u.test(last.text);
  const name = joined ? model.body.slice(found.start, last.end) : found.genitive ? null : found.text;
  if (!name) return { name: null, role: text, outlet: null, refersBack: null };
  // The role is the source without the name: `kommunedirektør Ingrid Aas` → `kommunedirektør`.
  const at = text.indexOf(name);
  const role =
    at < 0
      ? text
      : `${text.slice(0, at)} ${text.slice(at + name.length)}`
          .replace(/\(\s*\)/g, '')
          .replace(/\s+/g, ' ')
          .trim();
  return { name, role: role && role !== name ? role : null, outlet: null, refersBack: null };
}
