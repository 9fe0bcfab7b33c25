// The quotes stage: direct and indirect quotes with speaker names, roles and outlets, each with its evidence span.
import { findIndirectSpeech, type SpeechFinding } from './find-indirect-speech.ts';
import { findMarkQuotes } from './find-mark-quotes.ts';
import { isDashParagraph, readDashParagraph } from './find-dash-quotes.ts';
import type { SpeakerRef } from './parse-attribution.ts';
import { describedSpeaker, subjectPersonBefore, unnamedByAge } from './resolve-speaker.ts';
import { buildTextModel, sentencesOf, type SentenceInfo, type TextModel } from './text-model.ts';
import type { FoundQuote, QuotesInput, TextSpan } from './types.ts';

export type { FoundQuote, NameMention, QuotesInput, TextSpan } from './types.ts';
export { QUOTE_RULES } from './rules.ts';

interface Speaker {
  name: string | null;
  role: string | null;
  outlet: string | null;
}

interface Context {
  speaker: Speaker;
  paragraph: number;
  /** Where in the body the speaker was named. */
  at: number;
}

/** `FN-eksperter`, `Nav-ansatte`, `Høyre-politikerne`: people of a named body, as a plural noun. */
const GROUP_COMPOUND = /^(\p{Lu}[\p{L}\p{N}]*)-(\p{Ll}+(?:ere|erne|ter|tene|ansatte))$/u;

const PLACE_PREPOSITIONS = new Set([
  'i',
  'fra',
  'til',
  'mot',
  'ved',
  'på',
  'over',
  'av',
  'med',
  'mellom',
  'og',
]);

/** Finds every quote in the body. Pure: same input, same output. */
export function findQuotes(input: QuotesInput): FoundQuote[] {
  return findQuotesIn(buildTextModel(input.body, input.names, input.speech, input.sentences));
}

/** The same over a text model already built (the claims stage shares one). */
export function findQuotesIn(model: TextModel): FoundQuote[] {
  const out: FoundQuote[] = [];
  let context: Context | null = null;
  /** Starts of the narrative sentences that reported someone's words. */
  const said = new Set<number>();

  const resolve = (ref: SpeakerRef | null, at: number, paragraph: number): Speaker | null => {
    if (!ref) return null;
    // A speaker described, not named (`ifølge kommunedirektøren`, `skriver tingretten`, `Retten mener`): the
    // person or body the text named for it.
    const description = ref.name ? (describedName(model, ref.name) ? ref.name : null) : ref.role;
    const described = description ? describedSpeaker(model, description, at) : null;
    if (described) return { name: described, role: ref.role ?? ref.name, outlet: ref.outlet };
    if (description && unnamedByAge(model, description, at))
      return { name: null, role: description, outlet: ref.outlet };
    // `FN-eksperter har hevdet`: a group named after its organisation speaks for it.
    const group = ref.name ? GROUP_COMPOUND.exec(ref.name) : null;
    if (group) return { name: group[1]!, role: ref.role ?? ref.name, outlet: ref.outlet };
    // `Nettselskapet BKK opplyser`: the kind of organisation opening a sentence is its role, not part of its name.
    const kind = ref.name ? kindBeforeName(model, ref.name) : null;
    if (kind) return { name: kind.name, role: ref.role ?? kind.role, outlet: ref.outlet };
    if (!ref.refersBack) return { name: ref.name, role: ref.role, outlet: ref.outlet };
    // The speaker of the last two paragraphs, named or described (`sier en kilde`), else the last person named.
    const recent = context && paragraph - context.paragraph <= 2 ? context.speaker : null;
    // `FHI mener at ... Forskerne peker på at ...`: a group is the body that just spoke, else nobody named.
    const last = ref.role?.toLowerCase().split(/\s+/).pop() ?? '';
    if (ref.refersBack === 'role' && model.speech.groupNounEndings?.some((e) => last.endsWith(e))) {
      const body = context && paragraph - context.paragraph <= 1 ? context.speaker : null;
      return { name: body?.name ?? null, role: ref.role, outlet: ref.outlet };
    }
    // A person a sentence since then opens with, outside quotes, is the fitting one: `X er fornøyd. – ..., sier
    // han.`; a name inside a quote or an object (`er ett mål bak Y`) is not.
    const since = recent ? context!.at : (model.paragraphs[Math.max(0, paragraph - 2)]?.start ?? 0) - 1;
    const quoted = out.filter((q) => q.kind === 'direct');
    const subject = subjectPersonBefore(model, at, since, quoted);
    if (subject) return { name: subject, role: ref.role, outlet: ref.outlet };
    const name = recent ? recent.name : lastPersonBefore(model, at);
    return { name, role: ref.role ?? recent?.role ?? null, outlet: ref.outlet ?? recent?.outlet ?? null };
  };
  const emit = (
    span: TextSpan,
    kind: 'direct' | 'indirect',
    speaker: Speaker | null,
    cue: string | null,
    rule: string,
  ) => {
    const text = model.body.slice(span.start, span.end);
    out.push({
      speaker: null,
      speakerName: speaker?.name ?? null,
      speakerRole: speaker?.role ?? null,
      text,
      kind,
      cue,
      outlet: speaker?.outlet ?? null,
      start: span.start,
      end: span.end,
      rule,
    });
  };

  /** A dash paragraph without attribution: named by the next sentence, continuing the last speaker, or unattributed. */
  const readUnattributedDash = (quote: TextSpan, pi: number) => {
    const next = pointsBackFrom(model, pi + 1);
    if (next) {
      const speaker = resolve(next.speaker, next.at, pi + 1);
      emit(quote, 'direct', speaker, next.cue, 'quotes/dash-points-back');
      if (speaker?.name) context = { speaker, paragraph: pi + 1, at: sentenceEnd(model, next.at) };
    } else if (context && context.paragraph === pi - 1) {
      emit(quote, 'direct', context.speaker, null, 'quotes/dash-continued');
      context = { ...context, paragraph: pi };
    } else {
      emit(quote, 'direct', null, null, 'quotes/dash-unattributed');
    }
  };

  model.paragraphs.forEach((p, pi) => {
    let narrativeFrom = p.start;
    const dash = isDashParagraph(model, p) ? readDashParagraph(model, pi) : null;
    // `- ` with a hyphen-minus is usually a list bullet; it counts as a quote only when attributed.
    const bullet = dash && model.body[p.start] === '-' && !dash.attribution;
    if (dash && bullet) {
      narrativeFrom = dash.quote.start;
    } else if (dash) {
      if (dash.heading) return;
      if (dash.question) {
        if (context) context = { ...context, paragraph: pi };
        return;
      }
      if (!dash.attribution) {
        readUnattributedDash(dash.quote, pi);
        return;
      }
      const speaker = resolve(dash.attribution.speaker, dash.quote.end, pi);
      emit(dash.quote, 'direct', speaker, dash.attribution.cueText, 'quotes/dash-tail');
      if (speaker?.name || speaker?.role)
        context = { speaker, paragraph: pi, at: sentenceEnd(model, dash.quote.end) };
      const rest = model.sentences[dash.restFrom];
      narrativeFrom = rest && rest.paragraph === pi ? rest.start : p.end;
      // `– Vi er glade, sier Berg. – Nå skal vi feire.`: a second dash after the attribution goes on quoting.
      const again = /^[–—][ \u00a0]+/.exec(model.body.slice(narrativeFrom, p.end));
      if (again && narrativeFrom < p.end) {
        emit(
          { start: narrativeFrom + again[0].length, end: p.end },
          'direct',
          speaker,
          null,
          'quotes/dash-continued',
        );
        return;
      }
    } else if (isWholeMarkQuote(model, p)) {
      // `«Dette er en trist dag.»` as its own paragraph after `Hun skriver på Facebook:` reads like a dash paragraph.
      const mark = findMarkQuotes(model, p)[0];
      if (mark && !mark.tail) {
        readUnattributedDash(mark.text, pi);
        return;
      }
    }
    const sentences = sentencesOf(model, pi).filter((s) => s.end > narrativeFrom);
    const spoken = new Map<number, { speaker: Speaker | null; cue: string | null }>();
    sentences.forEach((sentence, si) => {
      for (const f of findIndirectSpeech(model, sentence, narrativeFrom)) {
        const speaker = resolve(f.speaker, f.at, pi);
        if (f.text) emit(f.text, 'indirect', speaker, f.cue, f.rule);
        // `Selskapet tapte 2 milliarder. Det bekrefter X overfor E24.`: the sentence before is what X said; opening
        // a paragraph, the last sentence of the narrative paragraph before that nobody else said.
        const before =
          si > 0
            ? sentences[si - 1]
            : f.pointsBack && announces(model, f.cue, sentence)
              ? lastUnspokenBefore(model, pi, said)
              : undefined;
        if (f.pointsBack && before && !spoken.has(before.start)) {
          const span = {
            start: before.start,
            end: before.end - (/[.!?]$/.test(model.body.slice(before.start, before.end)) ? 1 : 0),
          };
          emit(span, 'indirect', speaker, f.cue, 'quotes/points-back-sentence');
        }
        if (!f.pointsBack) spoken.set(sentence.start, { speaker, cue: f.cue });
        if (f.text) said.add(sentence.start);
        // After `Både X og Y er bekymret`, a dash paragraph could be either's: it does not continue with one.
        if (f.speaker?.coordinated) context = null;
        else if (speaker?.name || (speaker?.role && f.text === null))
          context = { speaker, paragraph: pi, at: sentence.end };
      }
    });
    for (const mark of findMarkQuotes(model, { start: Math.max(p.start, narrativeFrom), end: p.end })) {
      const opening = sentences.find((s) => s.start <= mark.text.start && mark.text.start < s.end);
      const inSpeech = opening ? spoken.get(opening.start) : undefined;
      if (mark.tail) {
        const speaker = resolve(mark.tail.speaker, mark.text.end, pi);
        emit(mark.text, 'direct', speaker, mark.tail.cue, 'quotes/mark-tail');
        if (speaker?.name) context = { speaker, paragraph: pi, at: sentenceEnd(model, mark.text.end) };
      } else if (inSpeech) {
        emit(mark.text, 'direct', inSpeech.speaker, inSpeech.cue, 'quotes/mark-in-speech');
      }
    }
  });
  return out;
}

/** `Nettselskapet BKK` -> `BKK` with the role `nettselskapet`. */
function kindBeforeName(model: TextModel, name: string): { name: string; role: string } | null {
  const m = /^(\p{Lu}\p{Ll}+) (\p{Lu}.*)$/u.exec(name);
  const lower = m?.[1]!.toLowerCase();
  if (!m || !lower || !model.speech.orgKindEndings?.some((e) => lower.endsWith(e))) return null;
  return { name: m[2]!, role: lower };
}

/** `Retten`, `Kommunen` opening a sentence: a one-word name that is a definite common noun, not a person. */
function describedName(model: TextModel, name: string): boolean {
  if (!/^\p{Lu}\p{Ll}+(?:en|et|a|ene)$/u.test(name)) return false;
  return !model.names.some((n) => n.text === name && n.type !== 'UNK');
}

/** `Det kunngjorde X`, `Det skriver Y`: a plain statement (said or written, not `Det tror ikke X på`) that can point
 *  back across a paragraph break. */
function announces(model: TextModel, cue: string | null, sentence: SentenceInfo): boolean {
  const verb = cue ? model.speech.matchReportingVerb(cue.split(' '), 0)?.verb : undefined;
  return (
    !!verb &&
    (verb.kind === 'say' || verb.kind === 'write') &&
    !sentence.tokens.some((t) => t.lower === 'ikke')
  );
}

/** `Regjeringen øker støtten. Samtidig melder FN om angrep. / Det kunngjorde X.`: the last sentence of the paragraph
 *  before paragraph `index` that reports nobody's words, when that paragraph is narrative (not a quote or heading). */
function lastUnspokenBefore(model: TextModel, index: number, said: ReadonlySet<number>) {
  const p = model.paragraphs[index - 1];
  if (!p || isDashParagraph(model, p) || isWholeMarkQuote(model, p)) return undefined;
  const candidates = sentencesOf(model, index - 1).filter(
    (s) =>
      !said.has(s.start) &&
      /[.!]$/.test(model.body.slice(s.start, s.end)) &&
      !/[«»"”]/.test(model.body.slice(s.start, s.end)),
  );
  return candidates[candidates.length - 1];
}

/** The end of the sentence holding offset `pos`: names before it belong to the attribution, not to a newer person. */
function sentenceEnd(model: TextModel, pos: number): number {
  return model.sentences.find((s) => s.start <= pos && pos <= s.end)?.end ?? pos;
}

/** A paragraph that is one quotation in marks and nothing else. */
function isWholeMarkQuote(model: TextModel, p: TextSpan): boolean {
  const text = model.body.slice(p.start, p.end);
  return /^[«“"][^«»“”"]+[»”"][.!]?$/.test(text);
}

/** `Det sier X til Y.` opening paragraph `index`: the speaker of the dash paragraph before it. */
function pointsBackFrom(model: TextModel, index: number): SpeechFinding | null {
  const first = sentencesOf(model, index)[0];
  if (!first || !/^(det|dette|slik|så)$/.test(first.tokens[0]?.lower ?? '')) return null;
  return findIndirectSpeech(model, first).find((f) => f.pointsBack) ?? null;
}

/** The last name before `at` that can be a person: not a genitive, not after a place preposition. */
function lastPersonBefore(model: TextModel, at: number): string | null {
  for (let k = model.names.length - 1; k >= 0; k--) {
    const n = model.names[k]!;
    if (n.end > at || n.genitive || (n.weak && n.type === 'UNK')) continue;
    if (n.type !== 'PER' && n.type !== 'UNK') continue;
    const prev = /([\p{L}]+)\s*$/u
      .exec(model.body.slice(Math.max(0, n.start - 12), n.start))?.[1]
      ?.toLowerCase();
    if (n.type === 'UNK' && prev && PLACE_PREPOSITIONS.has(prev)) continue;
    return n.text;
  }
  return null;
}
