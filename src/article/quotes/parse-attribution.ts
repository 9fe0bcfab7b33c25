// Reads who speaks from the words around a reporting verb: `sier asiaforsker Kari Berg ved Prio, til TV 2` or `Kari Berg, forsker, sier`.
import type { SpeechLexicon } from '../../languages/speech-lexicon.ts';
import type { NameSpan, TextModel, Token } from './text-model.ts';
import { PUNCT, textOf, trimPunct } from './token-spans.ts';

export interface SpeakerRef {
  name: string | null;
  role: string | null;
  outlet: string | null;
  /** `han`/`hun` or a definite role noun (`Nav-sjefen`): the caller resolves it to an earlier person. */
  refersBack: 'pronoun' | 'role' | null;
  /** `Både Kari og Ola sier`: several speakers, of whom `name` is one; what follows does not continue with one. */
  coordinated?: boolean;
}

const SUBORDINATORS = new Set([
  'da',
  'når',
  'mens',
  'om',
  'etter',
  'før',
  'under',
  'fordi',
  'hvor',
  'som',
  'der',
  'og',
  'men',
]);
export const isPronoun = (speech: SpeechLexicon, t: Token | undefined): boolean =>
  !!t && speech.speakerPronouns.has(t.lower);
export const isRoleNoun = (speech: SpeechLexicon, t: Token | undefined): boolean =>
  !!t && speech.roleNounEndings.some((e) => t.lower.endsWith(e));
export const isSkippable = (speech: SpeechLexicon, t: Token | undefined): boolean =>
  !!t && (speech.speechAdverbs.has(t.lower) || speech.auxiliaries.has(t.lower));

/** The name span that begins at token `t`, if any (weak sentence-initial names included only when allowed). */
export function nameStartingAt(
  model: TextModel,
  t: Token | undefined,
  allowWeak: boolean,
): NameSpan | undefined {
  if (!t) return undefined;
  const n = model.nameByStart.get(t.start);
  return n && !n.genitive && (allowWeak || !n.weak) ? n : undefined;
}

/** An outlet after `til` or `ifølge`: `til VG`, `ifølge Reuters`, `til det amerikanske nyhetsbyrået AP`. Returns its token range. */
export function findOutlet(
  model: TextModel,
  tokens: readonly Token[],
  from = 0,
): { outlet: string; at: number; end: number } | null {
  const { outletNouns } = model.speech;
  for (let k = tokens.length - 1; k >= from; k--) {
    const t = tokens[k]!;
    if (t.lower !== 'til' && t.lower !== 'ifølge' && t.lower !== 'overfor') continue;
    let j = k + 1;
    if (tokens[j] && ['det', 'den', 'de', 'avisen', 'avisa'].includes(tokens[j]!.lower)) {
      let n = j;
      while (
        n < tokens.length &&
        n < j + 4 &&
        !outletNouns.has(tokens[n]!.lower) &&
        /^\p{Ll}/u.test(tokens[n]!.text)
      )
        n++;
      if (tokens[n] && outletNouns.has(tokens[n]!.lower)) j = n + 1;
    }
    const name = nameStartingAt(model, tokens[j], true);
    if (!name) continue;
    let end = j;
    while (end < tokens.length && tokens[end]!.end <= name.end) end++;
    return { outlet: name.text, at: k, end };
  }
  return null;
}

/** The speaker after a reporting verb, from the tokens that follow it to the end of the sentence. */
export function parseSpeakerAfter(model: TextModel, after: readonly Token[]): SpeakerRef | null {
  let seg = trimPunct([...after]);
  let outlet: string | null = null;
  const found = findOutlet(model, seg);
  if (found && found.at > 0) {
    outlet = found.outlet;
    seg = trimPunct(seg.slice(0, found.at));
  }
  const segText = textOf(model, seg) ?? '';
  for (const phrase of model.speech.channelPhrases) {
    const at = segText.indexOf(` ${phrase}`);
    if (at >= 0) seg = seg.filter((t) => t.start < (seg[0]?.start ?? 0) + at);
  }
  if (!seg.length) return null;
  if (isPronoun(model.speech, seg[0])) return { name: null, role: null, outlet, refersBack: 'pronoun' };
  const head = findHead(model, seg);
  if (head.index < 0) {
    // `sier en kilde i politiet`: a short description; a clause (`mener at isen smelter`) is not a speaker.
    const clause = seg.some(
      (t) =>
        SUBORDINATORS.has(t.lower) ||
        model.speech.auxiliaries.has(t.lower) ||
        t.lower === 'at' ||
        t.lower === 'å', // `oppfordrer innbyggerne til å holde seg hjemme` is a verb phrase
    );
    if (seg.length > 6 || !/^\p{Ll}/u.test(seg[0]!.text) || clause) return null;
    return { name: null, role: textOf(model, seg), outlet, refersBack: null };
  }
  const next = seg[head.end];
  // `sier Kim er i landet`: a verb right after the name means the name opens a new clause, not the speaker.
  if (next && !AFTER_SPEAKER.has(next.lower) && !/^[,.!?:;()«»]$/.test(next.text)) return null;
  seg = trimPunct(seg.slice(0, cutAtSubordinator(seg, head.end)));
  const name = head.name;
  if (!name) return { name: null, role: textOf(model, seg), outlet, refersBack: 'role' };
  const before = seg.filter((t) => t.end <= name.start);
  let rest = seg.filter((t) => t.start >= name.end);
  // `fra Folkehelseinstituttet (FHI)`: the short form in brackets is the name again, not the role.
  const close = rest.findIndex((t) => t.text === ')');
  if (rest[0]?.text === '(' && close > 0 && close <= 3) rest = rest.slice(close + 1);
  const role =
    [textOf(model, trimPunct(before)), textOf(model, trimPunct(rest))].filter(Boolean).join(' ') || null;
  return { name: name.text, role, outlet, refersBack: null };
}

/** Words that may follow a speaker's name or role in an attribution. */
const AFTER_SPEAKER = new Set([
  'til',
  'ifølge',
  'ved',
  'i',
  'på',
  'fra',
  'for',
  'og',
  'da',
  'når',
  'mens',
  'om',
  'etter',
  'under',
  'som',
  'hos',
  'med',
  'overfor',
  'tidligere',
  'nylig',
  'også',
  'videre',
  'selv',
  'mandag',
  'tirsdag',
  'onsdag',
  'torsdag',
  'fredag',
  'lørdag',
  'søndag',
  'dagen',
  'kveld',
  'morgen',
  'natt',
  'senere',
  'der',
  'her',
  'nå',
  'sist',
]);

/** The speaker's head in an attribution: the first non-genitive name or role noun before any subordinate clause. */
function findHead(
  model: TextModel,
  seg: readonly Token[],
): { index: number; end: number; name: NameSpan | null } {
  for (let k = 0; k < seg.length; k++) {
    const t = seg[k]!;
    // `fiskeri- og havminister`: `og` after a word cut at its hyphen joins two halves of one role.
    if (k > 0 && SUBORDINATORS.has(t.lower) && !seg[k - 1]!.text.endsWith('-')) break;
    const found = model.nameByStart.get(t.start);
    let name = found && !found.genitive ? found : undefined;
    // `melder Statens vegvesen`: a genitive name plus one noun closing the attribution is an organisation.
    const noun = seg[k + 1];
    if (
      found?.genitive &&
      noun &&
      found.end <= noun.start &&
      (k + 2 === seg.length || PUNCT.test(seg[k + 2]!.text))
    ) {
      const text = model.body.slice(found.start, noun.end);
      name = { ...found, end: noun.end, text, genitive: false };
    }
    // `sier Brann-trener Åge Hjelmeland`: a name-led compound before a name is the role, not the speaker.
    if (name && /-\p{Ll}+$/u.test(name.text) && seg[k + 1] && nameStartingAt(model, seg[k + 1], false))
      continue;
    if (name) {
      let end = k;
      while (end < seg.length && seg[end]!.end <= name.end) end++;
      return { index: k, end, name };
    }
    if (isRoleNoun(model.speech, t) && !(seg[k + 1] && model.nameByStart.has(seg[k + 1]!.start)))
      return { index: k, end: k + 1, name: null };
  }
  return { index: -1, end: -1, name: null };
}

function cutAtSubordinator(seg: readonly Token[], headEnd: number): number {
  if (headEnd <= 0) return seg.length;
  for (let k = headEnd; k < seg.length; k++) {
    const t = seg[k]!;
    if (t.lower === ',' && seg[k + 1] && SUBORDINATORS.has(seg[k + 1]!.lower)) return k;
    if (SUBORDINATORS.has(t.lower) && (k === headEnd || t.lower !== 'og')) return k;
    if (t.lower === 'til') return k; // `sa Berg til lokalavisen`: the addressee is not the role
  }
  return seg.length;
}
