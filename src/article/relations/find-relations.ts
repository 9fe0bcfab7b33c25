// Relation rules over analysed sentences: who supplies, pays, meets, attacks, sanctions, backs or opposes whom.
import type { Certainty, Predicate, Relation } from '../../contract/index.ts';
import type { RelationLexicon, VerbTrigger } from '../../languages/relation-lexicon.ts';
import type { MentionAt, SentenceView } from './sentence-view.ts';

export interface FoundRelation extends Relation {
  /** Id of the rule that produced it (`nb/rel/give`), for `--explain`. */
  rule: string;
}

/** Prepositions before a place: a mention after them is where something happens, not who does it. */
const PLACE_WORDS = new Set([
  'i',
  'på',
  'ved',
  'fra',
  'til',
  'mot',
  'under',
  'etter',
  'for',
  'om',
  'av',
  'med',
  'hos',
]);

interface Flow {
  giver: string;
  taker: string;
}

export function findRelations(
  views: SentenceView[],
  lexicon: RelationLexicon,
  leaderOf: Map<string, string>,
): FoundRelation[] {
  const found: FoundRelation[] = [];
  const seen = new Set<string>();
  let lastFlow: Flow | undefined;
  const verbByLemma = new Map<string, VerbTrigger>();
  for (const verb of lexicon.verbs) for (const lemma of verb.lemmas) verbByLemma.set(lemma, verb);
  const nounByLemma = new Map(lexicon.nouns.flatMap((n) => n.lemmas.map((l) => [l, n] as const)));
  const measure = new Set(lexicon.measureLemmas);
  const money = new Set(lexicon.moneyLemmas);

  for (const view of views) {
    if (view.mentions.length === 0 && !hasReturnCue(view, lexicon)) continue;
    const certainty = sentenceCertainty(view, lexicon);
    const { start, end } = view.sentence;
    const emit = (
      subject: string,
      predicate: Predicate,
      object: string,
      item: string | null,
      rule: string,
    ) => {
      const flows = predicate === 'supplies' || predicate === 'pays';
      const s = flows ? (leaderOf.get(subject) ?? subject) : subject;
      const o = flows ? (leaderOf.get(object) ?? object) : object;
      if (s === o) return;
      const key = `${s}|${predicate}|${o}|${item ?? ''}`;
      if (seen.has(key)) return;
      seen.add(key);
      found.push({ subject: s, predicate, object: o, item, certainty, date: null, start, end, rule });
      if (flows) lastFlow = { giver: s, taker: o };
    };
    const emitFlow = (giver: string, taker: string, items: string[], rule: string) => {
      if (items.length === 0) emit(giver, 'supplies', taker, null, rule);
      for (const item of items) emit(giver, money.has(item) ? 'pays' : 'supplies', taker, item, rule);
    };

    for (let i = 0; i < view.lemmas.length; i++) {
      if (view.mentionOf[i]) continue;
      const lemma = view.lemmas[i]!;
      const verb = verbByLemma.get(lemma);
      if (verb && (view.upos[i] === 'VERB' || view.upos[i] === 'AUX')) {
        const clauseEnd = findClauseEnd(view, i, lexicon);
        const subject = subjectOf(view, i, lexicon);
        if (verb.frame === 'give') {
          const recipient =
            afterPreposition(view, i, clauseEnd, lexicon.recipientPrepositions) ?? directObject(view, i);
          const itemStart = recipient && recipient.first <= i + 2 ? recipient.last + 1 : i + 1;
          const itemEnd = recipient && recipient.first > i + 2 ? recipient.first : clauseEnd;
          const items = readItems(view, itemStart, itemEnd, measure);
          const giver = subject?.entity ?? (recipient ? lastFlow?.giver : undefined);
          if (giver && recipient) emitFlow(giver, recipient.entity, items, verb.id);
          else if (giver && items.length && lastFlow && lastFlow.giver === giver)
            emitFlow(giver, lastFlow.taker, items, verb.id);
        } else if (verb.frame === 'receive') {
          const source = afterPreposition(view, i, clauseEnd, lexicon.sourcePrepositions);
          const items = readItems(view, i + 1, source ? source.first : clauseEnd, measure);
          const taker = subject?.entity;
          // "Kim får betaling i kontanter": the giver is the party the text last had giving to the taker.
          const giver =
            source?.entity ??
            (taker && lastFlow && (lastFlow.taker === taker || lastFlow.giver === taker)
              ? otherSide(lastFlow, taker)
              : undefined);
          if (taker && giver && (items.length || source)) emitFlow(giver, taker, items, verb.id);
        } else {
          const object =
            directObject(view, i, 4) ?? afterPreposition(view, i, clauseEnd, lexicon.objectPrepositions);
          if (subject && object) emit(subject.entity, verb.predicate, object.entity, null, verb.id);
        }
        continue;
      }
      const noun = nounByLemma.get(lemma);
      if (noun && view.upos[i] === 'NOUN') {
        const between = lexicon.betweenPrepositions.includes(view.lemmas[i + 1] ?? '');
        if (between) {
          const [a, b] = view.mentions.filter((m) => m.first > i + 1).slice(0, 2);
          if (a && b) emit(a.entity, noun.predicate, b.entity, null, noun.id);
          continue;
        }
        if (lexicon.objectPrepositions.includes(view.lemmas[i + 1] ?? '')) {
          const object = view.mentionOf[i + 2];
          const owner = genitiveOwner(view, i) ?? subjectOf(view, i, lexicon);
          if (object && owner) emit(owner.entity, noun.predicate, object.entity, null, noun.id);
        }
      }
    }

    // "i bytte mot ammunisjon", "til gjengjeld ... teknologi": the items flow back from taker to giver.
    const cue = returnCueAt(view, lexicon);
    if (cue !== undefined && lastFlow) {
      const items = readItems(view, cue, findClauseEnd(view, cue, lexicon), measure);
      const back = lastFlow;
      for (const item of items)
        emit(back.taker, money.has(item) ? 'pays' : 'supplies', back.giver, item, 'nb/rel/return-flow');
      lastFlow = back;
    }
  }
  return found;
}

function otherSide(flow: Flow, party: string): string {
  return flow.giver === party ? flow.taker : flow.giver;
}

/** The party doing the action: the nearest mention before the word in its clause, not after a preposition. */
function subjectOf(view: SentenceView, at: number, lexicon: RelationLexicon): MentionAt | undefined {
  for (let k = view.mentions.length - 1; k >= 0; k--) {
    const m = view.mentions[k]!;
    if (m.last >= at) continue;
    if (view.lemmas.slice(m.last + 1, at).some((l) => lexicon.clauseBreaks.includes(l))) break;
    if (PLACE_WORDS.has(view.lemmas[m.first - 1] ?? '')) continue;
    return m;
  }
  // Verb-second order: "I tillegg har Russland sendt ..." puts the subject right after the finite verb.
  const next = view.mentions.find((m) => m.first > at && m.first <= at + 2);
  return next && !PLACE_WORDS.has(view.lemmas[next.first - 1] ?? '') ? next : undefined;
}

function directObject(view: SentenceView, at: number, reach = 2): MentionAt | undefined {
  for (let k = at + 1; k <= at + reach && k < view.lemmas.length; k++) {
    const m = view.mentionOf[k];
    if (m) return m.first === k && !PLACE_WORDS.has(view.lemmas[k - 1] ?? '') ? m : undefined;
    if (view.upos[k] === 'PUNCT' || view.upos[k] === 'NOUN') return undefined;
  }
  return undefined;
}

function afterPreposition(
  view: SentenceView,
  from: number,
  to: number,
  preps: string[],
): MentionAt | undefined {
  for (let k = from + 1; k < to; k++) {
    if (!preps.includes(view.lemmas[k]!)) continue;
    for (let j = k + 1; j < Math.min(to, k + 4); j++) {
      const m = view.mentionOf[j];
      if (m) return m;
    }
  }
  return undefined;
}

/** `Russlands krig mot Ukraina`: the genitive name right before the noun (adjectives may stand between). */
function genitiveOwner(view: SentenceView, at: number): MentionAt | undefined {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const m = view.mentionOf[k];
    if (m) return /s$/.test(m.text) ? m : undefined;
    if (view.upos[k] !== 'ADJ' && view.upos[k] !== 'DET') return undefined;
  }
  return undefined;
}

function findClauseEnd(view: SentenceView, from: number, lexicon: RelationLexicon): number {
  for (let k = from + 1; k < view.lemmas.length; k++) {
    if (lexicon.clauseBreaks.includes(view.lemmas[k]!) || view.lemmas[k] === '.' || view.lemmas[k] === ':')
      return k;
  }
  return view.lemmas.length;
}

/** Nouns naming what flows, in order: `soldater og ammunisjon` gives both; measures (`mengder`) are skipped. */
function readItems(view: SentenceView, from: number, to: number, measure: Set<string>): string[] {
  const items: string[] = [];
  for (let k = from; k < to; k++) {
    if (view.mentionOf[k]) continue;
    if (view.upos[k] !== 'NOUN') continue;
    const lemma = view.lemmas[k]!;
    if (measure.has(lemma) || items.includes(lemma)) continue;
    items.push(lemma);
  }
  return items;
}

function hasReturnCue(view: SentenceView, lexicon: RelationLexicon): boolean {
  return returnCueAt(view, lexicon) !== undefined;
}

/** Index just after a return cue (`i bytte mot`), or undefined. */
function returnCueAt(view: SentenceView, lexicon: RelationLexicon): number | undefined {
  for (let i = 0; i < view.lemmas.length; i++) {
    for (const cue of lexicon.returnCues) {
      if (cue.every((w, j) => view.sentence.tokens[i + j]?.text.toLowerCase() === w)) return i + cue.length;
    }
  }
  return undefined;
}

function sentenceCertainty(view: SentenceView, lexicon: RelationLexicon): Certainty {
  const words = new Set([...view.lemmas, ...view.sentence.tokens.map((t) => t.text.toLowerCase())]);
  for (const cue of lexicon.certaintyCues) if (cue.lemmas.some((l) => words.has(l))) return cue.certainty;
  return 'asserted';
}
