// Finds reported speech in a narrative sentence: `X sier at ...`, `Ifølge X har ...`, `..., ifølge X.`, `..., skriver X.`, `Det sier X til Y.`
import { findTailAttribution } from './find-tail-attribution.ts';
import {
  findOutlet,
  isPronoun,
  isSkippable,
  nameStartingAt,
  parseSpeakerAfter,
  type SpeakerRef,
} from './parse-attribution.ts';
import { findAccording } from './find-according.ts';
import { parseSubjectBefore } from './parse-subject.ts';
import type { SentenceInfo, TextModel, Token } from './text-model.ts';
import { spanOf } from './token-spans.ts';
import type { TextSpan } from './types.ts';

export interface SpeechFinding {
  /** The reported words; null when the sentence only names a speaker (`Hun sa dette til VG:`, `Det sier X.`). */
  text: TextSpan | null;
  speaker: SpeakerRef | null;
  cue: string | null;
  rule: string;
  /** `Det sier X til Y.`: names the speaker of the quote before. */
  pointsBack: boolean;
  /** Where the speaker is mentioned, for resolving `han`/`hun` to a person before it. */
  at: number;
}

const BACK_POINTERS = new Set(['det', 'dette', 'slik', 'så']);

/** Everything the sentence reports, in order; `skipUntil` skips tokens already read as a dash quote. */
export function findIndirectSpeech(model: TextModel, sentence: SentenceInfo, skipUntil = 0): SpeechFinding[] {
  const tokens =
    skipUntil > sentence.start ? sentence.tokens.filter((t) => t.start >= skipUntil) : sentence.tokens;
  if (
    tokens.length < 3 ||
    !tokens.some(
      (t) => t.lower === 'ifølge' || t.lower === 'følge' || model.speech.startsReportingVerb(t.lower),
    )
  )
    return [];
  const reported = splitClauses(tokens).flatMap((clause) => findReported(model, clause, tokens));
  return [...findAccording(model, tokens), ...reported].sort((a, b) => a.at - b.at);
}

/** `X mener ..., mens Y tror ...`: each clause after `, mens`, `, men` or `;` may report its own speaker. */
function splitClauses(tokens: readonly Token[]): Token[][] {
  const clauses: Token[][] = [[]];
  let skip = -1;
  tokens.forEach((t, k) => {
    const next = tokens[k + 1]?.lower;
    if (k === skip) return;
    // `sier at X, men at Y`: a second at-clause goes on with the same report.
    if (t.text === ',' && (next === 'mens' || next === 'men') && tokens[k + 2]?.lower !== 'at') {
      clauses.push([]);
      skip = k + 1;
    } else if (t.text === ';') clauses.push([]);
    else clauses[clauses.length - 1]!.push(t);
  });
  return clauses.filter((c) => c.length >= 3);
}

const COORDINATORS = new Set(['og', 'eller', 'men']);

/** Reporting verbs: tail (`..., skriver X.`), pointing back (`Det sier X.`), inverted (`Først truet X ...`) and plain (`X sier at ...`). */
function findReported(
  model: TextModel,
  tokens: readonly Token[],
  sentence: readonly Token[] = tokens,
): SpeechFinding[] {
  // `..., men sier at ...`, `..., og anslår at ...`: a verb coordinated after the sentence's first clause shares
  // its subject.
  const continues = tokens[0] !== sentence[0];
  const tail = findTailAttribution(model, tokens, 3);
  const closesMarks = tail && /^[»"”]$/.test(tokens[tail.boundary]!.text); // left to the mark-quote reader
  if (closesMarks) return [];
  if (
    tail &&
    !closesMarks &&
    tokens.slice(0, tail.boundary).filter((t) => /\p{L}/u.test(t.text)).length >= 3
  ) {
    const text = spanOf(tokens.slice(0, tail.boundary));
    if (text)
      return [
        {
          text,
          speaker: tail.speaker,
          cue: tail.cueText,
          rule: 'quotes/indirect-tail',
          pointsBack: false,
          at: tokens[tail.cue]!.start,
        },
      ];
  }
  const lowers = tokens.map((t) => t.lower);
  let depth = 0;
  for (let c = 0; c < tokens.length; c++) {
    const t = tokens[c]!;
    if (t.text === '«') depth++;
    if (t.text === '»') depth = Math.max(0, depth - 1);
    if (depth > 0 || (c === 0 && !continues)) continue; // a sentence opening with its verb is a question
    const match = model.speech.matchReportingVerb(lowers, c);
    if (!match || match.verb.tailOnly) continue;
    const afterVerb = match.particle !== null ? c + 1 : c + match.length;
    const cueText = (
      match.particle !== null
        ? `${t.text} ${tokens[match.particle]!.text}`
        : tokens
            .slice(c, c + match.length)
            .map((x) => x.text)
            .join(' ')
    ).toLowerCase();
    const first = tokens[0]!.lower;
    if (c === 1 && BACK_POINTERS.has(first) && match.verb.tail) {
      const speaker = parseSpeakerAfter(
        model,
        tokens.slice(afterVerb).filter((_, k) => afterVerb + k !== match.particle),
      );
      if (speaker)
        return [
          {
            text: null,
            speaker,
            cue: cueText,
            rule: 'quotes/points-back',
            pointsBack: true,
            at: tokens[afterVerb]?.start ?? t.start,
          },
        ];
    }
    const relative = readRelative(model, tokens, c, afterVerb);
    if (relative) return [{ ...relative, cue: cueText, rule: 'quotes/indirect-relative', pointsBack: false }];
    const coordinated = c === 0 || (COORDINATORS.has(lowers[c - 1]!) && tokens[c - 2]?.text === ',');
    const subject =
      c === 0
        ? null
        : (parseSubjectBefore(model, tokens, c) ?? (coordinated ? openingSubject(model, sentence) : null));
    if (!subject?.name && !subject?.refersBack) {
      const inverted = readInverted(model, tokens, c, afterVerb, subject === null);
      if (inverted)
        return [{ ...inverted, cue: cueText, rule: 'quotes/indirect-inverted', pointsBack: false }];
    }
    const speaker = subject ?? (c === 0 && continues ? openingSubject(model, sentence) : null);
    if (!speaker) continue;
    let k = afterVerb;
    if (tokens[k]?.lower === 'seg')
      return [
        { text: null, speaker, cue: cueText, rule: 'quotes/speaks-about', pointsBack: false, at: t.start },
      ];
    let outlet: string | null = null;
    while (k < tokens.length && isSkippable(model.speech, tokens[k])) k++;
    if (tokens[k]?.lower === 'til') {
      const found = findOutlet(model, tokens.slice(k, k + 8));
      if (found && found.at === 0) {
        outlet = found.outlet;
        k += found.end;
      }
    }
    while (k < tokens.length && isSkippable(model.speech, tokens[k])) k++;
    // `sa i Stortinget onsdag at ...`: a short adverbial may stand between the verb and `at`; not a clause of its
    // own (`sier klubben har strammet inn etter at ...`), nor the `at` of `etter at`, `for at`.
    const atAhead = tokens.slice(k, k + 7).findIndex((x) => x.lower === 'at' || x.text === ',');
    const gap = tokens.slice(k, k + Math.max(atAhead, 0));
    if (
      atAhead > 0 &&
      tokens[k + atAhead]!.lower === 'at' &&
      !gap.some((x) => model.speech.auxiliaries.has(x.lower)) &&
      !AT_COMPOUNDS.has(gap[gap.length - 1]!.lower)
    )
      k += atAhead;
    const hasComplementiser = model.speech.complementisers.has(tokens[k]?.lower ?? '');
    if (hasComplementiser && tokens[k]!.lower === 'at') k++;
    const rest = tokens.slice(k).filter((_, j) => k + j !== match.particle);
    const text = spanOf(rest);
    const endsWithColon = tokens[tokens.length - 1]?.text === ':';
    const withOutlet = { ...speaker, outlet: speaker.outlet ?? outlet };
    if (!text && !endsWithColon) continue;
    if (!text || (endsWithColon && rest.length < 5 && !hasComplementiser)) {
      return [
        {
          text: null,
          speaker: withOutlet,
          cue: cueText,
          rule: 'quotes/introduces',
          pointsBack: false,
          at: t.start,
        },
      ];
    }
    return [
      {
        text,
        speaker: withOutlet,
        cue: cueText,
        rule: hasComplementiser ? 'quotes/indirect-at' : 'quotes/indirect-bare',
        pointsBack: false,
        at: tokens[0]!.start,
      },
    ];
  }
  return [];
}

/**
 * The subject a sentence opens with, for a verb coordinated after it: `Hun` (a pronoun), or a name within its first
 * words with the words before it as the role (`Moldes sportssjef Kristoffer Lian`).
 */
function openingSubject(model: TextModel, sentence: readonly Token[]): SpeakerRef | null {
  if (isPronoun(model.speech, sentence[0]))
    return { name: null, role: null, outlet: null, refersBack: 'pronoun' };
  for (let k = 0; k < Math.min(4, sentence.length); k++) {
    const name = nameStartingAt(model, sentence[k], true);
    if (name) {
      // The subject as a reporting verb right after the name would read it, role and all.
      const after = sentence.findIndex((t) => t.start >= name.end);
      return after > 0 ? parseSubjectBefore(model, sentence, after) : null;
    }
    if (/^\p{Ll}/u.test(sentence[k]!.text) && k > 0 && !isRoleWord(sentence[k]!.text)) return null;
  }
  return null;
}

/** A lower-case word that may stand in a role before a name: `sportssjef`, `daglig`. */
const isRoleWord = (word: string): boolean => /^\p{Ll}+$/u.test(word) && word.length > 2;

/** Words that with `at` make a subordinator of their own: `etter at`, `for at`, `uten at`. */
const AT_COMPOUNDS = new Set(['etter', 'for', 'uten', 'så', 'fordi', 'til']);

/** `..., som hun mener gjør det vanskeligere`: a reporting verb inside a relative clause, its subject a pronoun or a
 *  name right after `som`; what follows the verb is what the speaker holds about the antecedent. */
function readRelative(
  model: TextModel,
  tokens: readonly Token[],
  cue: number,
  afterVerb: number,
): Omit<SpeechFinding, 'cue' | 'rule' | 'pointsBack'> | null {
  const subject = tokens[cue - 1];
  if (!subject || cue < 2) return null;
  let speaker: SpeakerRef;
  let som = cue - 2;
  if (isPronoun(model.speech, subject))
    speaker = { name: null, role: null, outlet: null, refersBack: 'pronoun' };
  else {
    const name = model.nameByEnd.get(subject.end);
    if (!name || name.genitive) return null;
    while (som >= 0 && tokens[som]!.start >= name.start) som--;
    speaker = { name: name.text, role: null, outlet: null, refersBack: null };
  }
  if (tokens[som]?.lower !== 'som') return null;
  let k = afterVerb;
  while (k < tokens.length && isSkippable(model.speech, tokens[k])) k++;
  if (tokens[k]?.lower === 'at') k++;
  const text = spanOf(tokens.slice(k));
  return text ? { text, speaker, at: subject.start } : null;
}

/** `Først truet Berg ...`, `I en tale takket Lie alle ...`, `Da X var president, fortalte han om ...`: the speaker follows the verb. */
function readInverted(
  model: TextModel,
  tokens: readonly Token[],
  cue: number,
  afterVerb: number,
  /** False when a lower-case subject stands before the verb (`Flere kritikere hevder blant annet at`). */
  allowDescription: boolean,
): Omit<SpeechFinding, 'cue' | 'rule' | 'pointsBack'> | null {
  const before = tokens[cue - 1];
  const nameBefore = before ? model.nameByEnd.get(before.end) : undefined;
  if (!before || isPronoun(model.speech, before) || (nameBefore && !nameBefore.genitive)) return null;
  const head = tokens[afterVerb];
  let speaker: SpeakerRef;
  let k = afterVerb;
  if (isPronoun(model.speech, head)) {
    speaker = { name: null, role: null, outlet: null, refersBack: 'pronoun' };
    k++;
  } else {
    const name = nameStartingAt(model, head, false);
    if (name) {
      speaker = { name: name.text, role: null, outlet: null, refersBack: null };
      while (k < tokens.length && tokens[k]!.end <= name.end) k++;
    } else {
      // `Dessuten mener noen at ...`: a short lower-case subject right before `at`.
      const at = tokens.slice(afterVerb, afterVerb + 5).findIndex((t) => t.lower === 'at');
      const words = tokens.slice(afterVerb, afterVerb + Math.max(at, 0));
      if (!allowDescription || at < 1 || !words.every((t) => /^\p{Ll}+$/u.test(t.text))) return null;
      speaker = { name: null, role: words.map((t) => t.text).join(' '), outlet: null, refersBack: null };
      k = afterVerb + at;
    }
  }
  while (k < tokens.length && isSkippable(model.speech, tokens[k])) k++;
  // `... advarer Russland og oppfordrer landet til ...`: the name was the verb's object, and what follows is a
  // second verb phrase, not what was said.
  if (COORDINATORS.has(tokens[k]?.lower ?? '')) return null;
  if (tokens[k]?.lower === 'at') k++;
  const text = spanOf(tokens.slice(k));
  return text ? { text, speaker, at: head!.start } : null;
}
