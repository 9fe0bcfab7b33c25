// Relation rules over analysed sentences: who supplies, pays, meets, attacks, sanctions, backs or opposes whom.
import type { Certainty, Predicate, Relation } from '../../contract/index.ts';
import type {
  FlowNoun,
  NounTrigger,
  RelationLexicon,
  VerbTrigger,
} from '../../languages/relation-lexicon.ts';
import { kindWritten, learnKinds, type Kinds } from './party-nouns.ts';
import type { MentionAt, SentenceView } from './sentence-view.ts';
import { hasLegalForm } from '../entities/legal-form.ts';

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

const RETURN_FLOW = 'rel/return-flow';
const STATE_PREDICATES = new Set<Predicate>(['allies', 'supports', 'attacks', 'sanctions']);

/** Sentences after a flow in which a party's unaddressed giving or paying continues it. */
const FLOW_REACH = 2;

interface Flow {
  giver: string;
  taker: string;
}

export function findRelations(
  views: SentenceView[],
  lexicon: RelationLexicon,
  leaderOf: Map<string, string>,
  companySuffixes: readonly string[] = [],
): FoundRelation[] {
  const found: FoundRelation[] = [];
  const seen = new Set<string>();
  let lastFlow: Flow | undefined;
  /** The sentence of the last flow, and of the one being read: a flow's other side is taken from nearby only. */
  let lastFlowSentence = -Infinity;
  let sentenceIndex = -1;
  /** The person last named in an earlier sentence: who `han` and `hun` most likely are. */
  let previousPerson: string | undefined;
  /** The state or body that opened the last sentence naming one: who a plural `de` most likely is. */
  let previousParty: string | undefined;
  /** Token index of every verb-stated flow in the current sentence. */
  let flowsAt: number[] = [];
  /** The last party of each type named before the current sentence: who `kommunen` or `selskapet` is. */
  const lastOfType = new Map<string, string>();
  /** Kinds the text gave its parties (`Rederiet Vestsund Ferjer`): who a later `rederiet` is. */
  const kinds: Kinds = new Map();
  const partyNouns = lexicon.partyNouns ?? {};
  const verbByLemma = new Map<string, VerbTrigger>();
  for (const verb of lexicon.verbs) for (const lemma of verb.lemmas) verbByLemma.set(lemma, verb);
  const nounByLemma = new Map(lexicon.nouns.flatMap((n) => n.lemmas.map((l) => [l, n] as const)));
  const compoundNouns = lexicon.nouns.flatMap((n) => (n.compoundHeads ?? []).map((h) => [h, n] as const));
  /** The noun trigger of a lemma, or of its head when it is a compound (`krisemøte`: `møte`). */
  const nounOf = (lemma: string): NounTrigger | undefined =>
    nounByLemma.get(lemma) ??
    compoundNouns.find(([head]) => lemma.length > head.length + 2 && lemma.endsWith(head))?.[1];
  const flowNounByLemma = new Map(lexicon.flowNouns.flatMap((n) => n.lemmas.map((l) => [l, n] as const)));
  // Measures (`mengder`), times (`sendte mandag`, `kjøpte i sommer`) and the trigger nouns themselves (`tilgang`,
  // `krig`) are never what flows.
  const measure = new Set([
    ...lexicon.measureLemmas,
    ...(lexicon.timeNouns ?? []),
    ...lexicon.nouns.flatMap((n) => n.lemmas),
    ...lexicon.flowNouns.flatMap((n) => n.lemmas),
  ]);
  const money = new Set(lexicon.moneyLemmas);
  const moneyWords: MoneyWords = {
    lemmas: money,
    paidIn: new Set(),
    perTime: new Set(lexicon.timeUnitLemmas ?? []),
  };
  const leaders: Leaders = { roles: new Set(lexicon.leaderRoles), of: leaderOf };
  const pronouns = new Set([...lexicon.personPronouns, ...lexicon.groupPronouns]);
  const nearFlow = () => sentenceIndex - lastFlowSentence <= FLOW_REACH;
  // The company the article is about: the one named most often with its legal form (`Smilia Tannhelse AS`).
  const companyMentions = new Map<string, number>();
  const companies = new Set<string>();
  for (const v of views)
    for (const m of v.mentions) {
      if (m.type !== 'ORG') continue;
      companyMentions.set(m.entity, (companyMentions.get(m.entity) ?? 0) + 1);
      if (hasLegalForm(m.text, companySuffixes)) companies.add(m.entity);
    }
  const mainCompany = (not: string): string | undefined =>
    [...companies]
      .filter((c) => c !== not)
      .sort((a, b) => (companyMentions.get(b) ?? 0) - (companyMentions.get(a) ?? 0))[0];

  for (const view of views) {
    sentenceIndex++;
    // A sentence without names may still act through a pronoun (`I tillegg har han fått missiler`).
    // So may one whose parties are kind nouns (`Kommunen betaler selskapet ...`).
    if (
      view.mentions.length === 0 &&
      !view.lemmas.some(
        (l, k) => (view.upos[k] === 'PRON' && pronouns.has(l)) || partyNouns[l] !== undefined || kinds.has(l),
      )
    )
      continue;
    const { start, end } = view.sentence;
    flowsAt = [];
    const emit = (
      subject: string,
      stated: Predicate,
      object: string,
      item: string | null,
      rule: string,
      at: number,
    ) => {
      const said = clauseCertainty(view, at, lexicon);
      // `kan ikke sitte i regjering med Frp`: a refused alliance is opposition.
      const refused = said === 'denied' && stated === 'allies' && negated(view, at, lexicon);
      const predicate = refused ? 'opposes' : stated;
      const certainty = refused ? 'asserted' : said;
      const flows = predicate === 'supplies' || predicate === 'pays';
      // What a leader sends, pays, allies with, backs, attacks or sanctions, their state does; meeting and
      // opposing stay personal.
      const ofState = flows || STATE_PREDICATES.has(predicate);
      const s = ofState ? (leaderOf.get(subject) ?? subject) : subject;
      const o = ofState ? (leaderOf.get(object) ?? object) : object;
      if (s === o) return;
      const key = `${s}|${predicate}|${o}|${item ?? ''}`;
      if (seen.has(key)) return;
      seen.add(key);
      found.push({ subject: s, predicate, object: o, item, certainty, date: null, start, end, rule });
      if (flows) {
        lastFlow = { giver: s, taker: o };
        lastFlowSentence = sentenceIndex;
        if (rule !== RETURN_FLOW) flowsAt.push(at);
      }
    };
    const emitFlow = (
      giver: string,
      taker: string,
      items: string[],
      rule: string,
      at: number,
      predicate: 'supplies' | 'pays' = 'supplies',
    ) => {
      // `gi inntrykk av`, `gi store bidrag til`: an idiom, not a delivery.
      const idiom = items[0] !== undefined ? lexicon.giveIdioms?.[items[0]] : undefined;
      if (idiom !== undefined) {
        if (idiom) emit(giver, idiom, taker, null, rule, at);
        return;
      }
      if (items.length === 0) emit(giver, predicate, taker, null, rule, at);
      for (const word of items) {
        const item = lexicon.itemSynonyms?.[word] ?? word;
        const isMoney = money.has(item) || moneyWords.paidIn.has(item);
        // A paying verb pays whatever else its words name (`betale det avtalen sier`): only money is its item.
        if (predicate === 'pays' && !isMoney) emit(giver, 'pays', taker, null, rule, at);
        else emit(giver, isMoney ? 'pays' : 'supplies', taker, item, rule, at);
      }
    };
    // `eksport av våpen fra Nord-Korea til Russland`, `Russland ønsker tilgang til nordkoreanske granater`.
    const readFlowNoun = (at: number, noun: FlowNoun) => {
      const prep = view.lemmas[at + 1] ?? '';
      if (!noun.itemPrepositions.includes(prep)) return;
      const clauseEnd = findClauseEnd(view, at, lexicon);
      const itemEnd = Math.min(
        clauseEnd,
        ...[...lexicon.sourcePrepositions, ...lexicon.recipientPrepositions].map((p) => {
          const k = view.lemmas.indexOf(p, at + 2);
          return k < 0 ? Infinity : k;
        }),
      );
      const items = readItems(view, at + 2, itemEnd, measure);
      if (items.length === 0) return;
      const owner = genitiveOwner(view, at);
      const source = afterPreposition(view, at + 1, clauseEnd, lexicon.sourcePrepositions);
      const target =
        prep === 'til' ? undefined : afterPreposition(view, at + 1, clauseEnd, lexicon.recipientPrepositions);
      const giver =
        source ??
        (noun.owner === 'giver' ? owner : undefined) ??
        nationalityIn(view, at + 2, itemEnd) ??
        // `en kontrakt med Rheinwerk om kjøp av kjøretøy`: for a buyer, the partner of the deal sells.
        (noun.owner === 'taker' ? partnerBefore(view, at, lexicon) : undefined);
      const taker =
        target ??
        (noun.owner === 'taker' ? owner : undefined) ??
        // `sier at tilgangen til britisk sone er avgjørende`: a flow noun opening its clause is that clause's
        // subject, and the speaker before `at` takes nothing.
        (noun.subjectTakes && !opensClause(view, at)
          ? subjectOf(view, at, lexicon, true, previousPerson, previousParty)
          : undefined);
      if (giver && taker) emitFlow(giver.entity, taker.entity, items, noun.id, at);
    };

    for (let i = 0; i < view.lemmas.length; i++) {
      // `FN-sanksjonene mot Nord-Korea`: the name inside the compound owns the relation its noun states.
      const inside = view.mentionOf[i];
      if (inside && view.upos[i] === 'NOUN' && inside.last === i && inside.first === i) {
        const head = view.lemmas[i]!.split('-').pop()!;
        const noun = nounByLemma.get(head);
        const object =
          noun && lexicon.objectPrepositions.includes(view.lemmas[i + 1] ?? '')
            ? mentionRightAfter(view, i + 1)
            : undefined;
        if (noun && object && view.sentence.tokens[i]!.text.includes('-'))
          for (const o of withCoordinated(view, object))
            emit(inside.entity, noun.predicate, o.entity, null, noun.id, i);
      }
      if (inside) continue;
      const lemma = view.lemmas[i]!;
      const verb = verbByLemma.get(lemma);
      if (verb && (view.upos[i] === 'VERB' || view.upos[i] === 'AUX')) {
        const clauseEnd = findClauseEnd(view, i, lexicon);
        const named =
          instrumentOwner(view, i, lexicon) ??
          subjectOf(view, i, lexicon, true, previousPerson, previousParty);
        // `KrF-leder Solveig Dahl sier at partiet ikke kan ...`: a party noun after `at` is that clause's subject.
        const party = partyNounBefore(view, i, partyNouns, lastOfType, kinds);
        const subordinate =
          party &&
          named &&
          named.last < party.first &&
          view.upos.slice(named.last + 1, party.first).includes('SCONJ');
        // `X har inngått avtale med Y om å kjøpe Z`: X buys, from Y.
        const deal =
          verb.frame === 'receive' ? dealAt(view, i, lexicon, previousPerson, previousParty) : undefined;
        // A party noun before the verb outranks a name after it (`at rederiet kritiserte Sjøfartsdirektoratet`).
        const subject =
          deal?.subject ?? (subordinate || (party && named && named.first > i) ? party : (named ?? party));
        const idiom = verb.complement;
        const after = idiom && verb.frame === 'receive' ? i + 1 + idiom.length : i + 1;
        // An idiom's fixed words are matched as written too: the tagger may not know them as words of the idiom.
        const wordAt = (k: number, w: string) =>
          view.lemmas[k] === w || view.sentence.tokens[k]?.text.toLowerCase() === w;
        if (idiom && verb.frame !== 'give' && !idiom.every((w, j) => wordAt(i + 1 + j, w))) continue;
        if (idiom && verb.frame === 'give') {
          // `kommer Putin til unnsetning med soldater`: the recipient, then the idiom's words, then the items.
          const recipient = directObject(view, subject && subject.first > i ? phraseEnd(view, subject) : i);
          const at = recipient ? recipient.last + 1 : -1;
          if (!subject || !recipient || !idiom.every((w, j) => wordAt(at + j, w))) continue;
          const prep = view.lemmas.findIndex(
            (l, k) => k >= at + idiom.length && k < clauseEnd && lexicon.itemPrepositions.includes(l),
          );
          const items = prep < 0 ? [] : readItems(view, prep + 1, clauseEnd, measure);
          if (items.length) emitFlow(subject.entity, recipient.entity, items, verb.id, i);
          else emit(subject.entity, 'supports', recipient.entity, null, verb.id, i);
        } else if (verb.frame === 'give' && passive(view, i)) {
          // `Rederiet ble i april ilagt et gebyr av direktoratet`: the agent after `av` gives to the subject.
          const { by, agent } = agentOf(view, i, clauseEnd, lexicon, kinds);
          const recipient =
            subject && subject.first < i
              ? subject.entity
              : afterPreposition(view, i, clauseEnd, lexicon.recipientPrepositions)?.entity;
          // `Journalsystemet leveres av Dentra Systemer AS`: what is delivered is the passive's subject noun, and
          // with no recipient named it goes to the company the article is about.
          const said = by > 0 ? readItems(view, i + 1, by, measure, moneyWords) : [];
          const thing = said.length === 0 ? subjectNoun(view, i, measure) : undefined;
          const items = thing ? [thing] : said;
          const delivered = lexicon.deliveryLemmas?.includes(lemma) ?? false;
          const taker = recipient ?? (thing && agent && delivered ? mainCompany(agent.entity) : undefined);
          if (agent && taker && agent.entity !== taker && items.length)
            emitFlow(agent.entity, taker, items, verb.id, i, verb.predicate === 'pays' ? 'pays' : 'supplies');
          // `Kim blir betalt i kontanter`: the subject of a passive receives; the return cues read it.
          continue;
        } else if (verb.frame === 'give') {
          // `forsyner Russland med våpen`, `tilbyr Russland soldater` before `sender soldater til Russland`.
          // Verb-second order (`I fjor sendte Tyskland stridsvogner til Polen`): the roles follow the subject.
          // A pronoun before the verb is its subject (`Det gir Kim et bedre utgangspunkt`).
          const inverted = subject && subject.first > i && view.upos[i - 1] !== 'PRON';
          const from = inverted ? phraseEnd(view, subject) : i;
          const direct =
            directObject(view, from, 2, false, lexicon.sourceWords) ??
            // `Statens vegvesen betaler entreprenøren 3,3 milliarder kroner`: the party the noun stands for.
            kindAfter(view, from, kinds, { nouns: partyNouns, lastOfType, not: subject?.entity });
          const recipient =
            direct ??
            afterPreposition(view, from, clauseEnd, lexicon.recipientPrepositions) ??
            // `overføre tropper til den russiske offensiven`: a nationality adjective names the recipient.
            afterPreposition(view, from, clauseEnd, lexicon.recipientPrepositions, true);
          let items: string[];
          if (direct) {
            const withPrep = lexicon.itemPrepositions.includes(view.lemmas[direct.last + 1] ?? '');
            items = readItems(view, direct.last + (withPrep ? 2 : 1), clauseEnd, measure, moneyWords);
          } else
            items = readItems(view, from + 1, recipient ? recipient.first : clauseEnd, measure, moneyWords);
          const giver = subject?.entity;
          const helped = recipient ?? purposeRecipient(view, i + 1, verbByLemma);
          const side = giver && (leaderOf.get(giver) ?? giver);
          // `betaler elveeierlaget for å fange laks`: paying without a sum named is still paying.
          const flow = verb.predicate === 'pays' ? 'pays' : 'supplies';
          // `eksporterte strøm til Tyskland og Storbritannia`: each coordinated recipient gets the items.
          // Giving without anything named (`konsesjonen som NVE ga selskapet`) says nothing of what flows.
          // `har sendt 400 droner og raketter mot ukrainske byer`: what is sent against a party attacks it.
          const target =
            !helped && items.length && flow === 'supplies'
              ? afterPreposition(view, from, clauseEnd, lexicon.againstPrepositions ?? [], true)
              : undefined;
          if (giver && target && target.entity !== giver) {
            emit(giver, 'attacks', target.entity, null, verb.id, i);
            continue;
          }
          // `Norge og Danmark skal gi Ukraina et luftvernsystem`: coordinated givers give alike.
          // Not a pair a preposition governs: `En avtale mellom Nord-Korea og Russland kan gi Russland ...`.
          const pair = subject && subject.first < i ? coordinatedBefore(view, subject) : undefined;
          const partner = pair && view.upos[pair.first - 1] !== 'ADP' ? pair : undefined;
          const givers = giver
            ? [...(partner && partner.type === subject!.type ? [partner.entity] : []), giver]
            : [];
          if (giver && helped && (items.length > 0 || flow === 'pays'))
            for (const g of givers)
              for (const h of withCoordinated(view, helped)) emitFlow(g, h.entity, items, verb.id, i, flow);
          // Both only from a flow a few sentences back: `Kystfly leier flyene av X` is no party to a sum Kystfly
          // pays Avinor paragraphs later.
          else if (giver && items.length && lastFlow && lastFlow.giver === side && nearFlow())
            emitFlow(giver, lastFlow.taker, items, verb.id, i, flow);
          // `Kjeden betaler 1,4 milliarder kroner for leveransene`: paying back the party that delivers to it.
          else if (
            giver &&
            items.length &&
            lastFlow &&
            lastFlow.taker === side &&
            verb.predicate === 'pays' &&
            nearFlow()
          )
            emitFlow(giver, lastFlow.giver, items, verb.id, i, flow);
        } else if (verb.frame === 'receive') {
          // `Tindra vil kjøpe Kystline`: buying a company is an acquisition, not a delivery from it.
          const bought = lexicon.acquisitionVerbs?.includes(lemma) ? directObject(view, i) : undefined;
          if (subject && bought?.type === 'ORG' && subject.entity !== bought.entity) {
            emit(subject.entity, 'other', bought.entity, null, verb.id, i);
            continue;
          }
          const sources = [...lexicon.sourcePrepositions, ...(verb.sourcePrepositions ?? [])];
          const source = deal?.partner ?? afterPreposition(view, i, clauseEnd, sources);
          // What is received comes before where it comes from (`rekrutterer fra russiske fengsler` names a place).
          const from = view.lemmas.findIndex((l, k) => k > i && k < clauseEnd && sources.includes(l));
          // The deal's other side stands before the verb; what is received runs to the source preposition.
          const itemsEnd = source && source.first > i ? source.first : from > 0 ? from : clauseEnd;
          const items = readItems(view, after, itemsEnd, measure, moneyWords);
          const taker = subject?.entity;
          // "Kim får betaling i kontanter": the giver is the party the text last had trading with the taker
          // (flows are kept between states, so a leader is compared as the state they lead).
          const side = taker && (leaderOf.get(taker) ?? taker);
          const partner =
            side && lastFlow && (lastFlow.taker === side || lastFlow.giver === side)
              ? otherSide(lastFlow, side)
              : undefined;
          const origin = nationalityIn(view, i + 1, source ? source.first : clauseEnd);
          const giver = source?.entity ?? origin?.entity ?? partner;
          if (taker && giver && (items.length || source)) emitFlow(giver, taker, items, verb.id, i);
        } else if (verb.particles) {
          // `stilt seg bak Russland`: the object follows the particle, not the verb.
          const at = view.lemmas.findIndex((l, k) => k > i && k <= i + 3 && verb.particles!.includes(l));
          const object = at > 0 ? mentionRightAfter(view, at) : undefined;
          if (subject && object) emit(subject.entity, verb.predicate, object.entity, null, verb.id, i);
        } else if (passive(view, i) && subject && subject.first < i) {
          // `Rederiet ble ilagt et gebyr av direktoratet`: the agent after `av` acts on the subject.
          const { agent } = agentOf(view, i, clauseEnd, lexicon, kinds);
          if (agent && agent.entity !== subject.entity)
            emit(agent.entity, verb.predicate, subject.entity, null, verb.id, i);
        } else {
          const inverted = subject !== undefined && subject.first > i;
          // `Forsvarer Helene Strand sier ...`: a "verb" before a name that has its own verb is a title.
          const ownVerb = inverted && ['VERB', 'AUX'].includes(view.upos[phraseEnd(view, subject) + 1] ?? '');
          if (ownVerb) continue;
          // The object stands before the next verb (`sier til Aftenposten` belongs to `sier`).
          let objectEnd = i + 1;
          while (objectEnd < clauseEnd && view.upos[objectEnd] !== 'VERB') objectEnd++;
          const object =
            // Verb-second order puts the subject between the verb and its object: look past it.
            directObject(view, inverted ? phraseEnd(view, subject) : i, 4, true) ??
            afterPreposition(view, i, objectEnd, lexicon.objectPrepositions) ??
            // `har lenge kritisert rederiet` after `Rederiet Vestsund Ferjer`: the party of that kind.
            kindAfter(view, inverted ? phraseEnd(view, subject) : i, kinds);
          const partner = subject ? coordinatedBefore(view, subject) : undefined;
          // Meeting a place is a visit (an event), not a meeting between parties; people and organisations meet.
          const fits = (o: MentionAt) => verb.predicate !== 'meets' || o.type === 'PER' || o.type === 'ORG';
          if (subject && object) {
            // `Amerikanske og sørkoreanske diplomater advarer Russland`: coordinated subjects act alike.
            const actors = partner && partner.type === subject.type ? [partner, subject] : [subject];
            // `forbyr nordkoreanerne å eksportere våpen`: what a sanction is about is an item too.
            const about =
              verb.predicate === 'sanctions' ? readItems(view, object.last + 1, clauseEnd, measure) : [];
            for (const actor of actors)
              for (const o of withCoordinated(view, object).map((m) => leaderBehindRole(view, m, leaders))) {
                if (!fits(o)) continue;
                if (about.length === 0) emit(actor.entity, verb.predicate, o.entity, null, verb.id, i);
                for (const item of about) emit(actor.entity, verb.predicate, o.entity, item, verb.id, i);
              }
            // `bistå Russland med våpen`: help given in kind is also a delivery of those items.
            if (
              verb.predicate === 'supports' &&
              lexicon.itemPrepositions.includes(view.lemmas[object.last + 1] ?? '')
            ) {
              const items = readItems(view, object.last + 2, clauseEnd, measure);
              if (items.length) emitFlow(subject.entity, object.entity, items, verb.id, i);
            }
          } else if (subject && partner && (verb.predicate === 'meets' || verb.predicate === 'allies'))
            // `Trump og Kim møttes`: only a mutual act makes the two its parties.
            emit(partner.entity, verb.predicate, subject.entity, null, verb.id, i);
        }
        continue;
      }
      const flowNoun = flowNounByLemma.get(lemma);
      if (flowNoun && view.upos[i] === 'NOUN') {
        readFlowNoun(i, flowNoun);
        continue;
      }
      const noun = nounOf(lemma);
      if (noun && view.upos[i] === 'NOUN') {
        if (lexicon.betweenPrepositions.includes(view.lemmas[i + 1] ?? '')) {
          // `samarbeidet mellom Russland, Nord-Korea og Iran`: every pair of the list.
          // `Forhandlingene mellom byen og NSF`: a kind noun stands for its party here too.
          const first =
            mentionRightAfter(view, i + 1) ??
            kindAfter(view, i + 1, kinds, { nouns: partyNouns, lastOfType });
          const parties = first ? withCoordinated(view, first) : [];
          for (let a = 0; a < parties.length; a++)
            for (let b = a + 1; b < parties.length; b++)
              emit(parties[a]!.entity, noun.predicate, parties[b]!.entity, null, noun.id, i);
          continue;
        }
        const owner = genitiveOwner(view, i);
        // `Russlands krig i Ukraina`: a place preposition names the object only when an owner names the actor.
        const next = view.lemmas[i + 1] ?? '';
        const governs =
          (noun.objectPrepositions ?? lexicon.objectPrepositions).includes(next) ||
          (owner !== undefined && noun.placePrepositions?.includes(next));
        const object = governs ? (mentionRightAfter(view, i + 1) ?? ownerAfter(view, i + 1)) : undefined;
        // `styrker alliansen til USA`: a noun that is a verb's object belongs to that verb's subject.
        let k = i - 1;
        while (k >= 0 && (view.upos[k] === 'DET' || view.upos[k] === 'ADJ')) k--;
        const objectOfVerb = view.upos[k] === 'VERB';
        // `bryter sanksjonene mot Nord-Korea`: acting against the sanctions is not imposing them.
        if (objectOfVerb && lexicon.counterVerbs?.includes(view.lemmas[k]!)) continue;
        // `et møte med FNs nødhjelpskoordinator`: the meeting is with an unnamed person, not with the body.
        const ownerOfNoun = object && /s$/.test(object.text) && view.upos[object.last + 1] === 'NOUN';
        if (object && !(noun.predicate === 'meets' && ownerOfNoun)) {
          const by = owner ?? subjectOf(view, i, lexicon, objectOfVerb, previousPerson, previousParty);
          if (by)
            for (const o of withCoordinated(view, object))
              emit(by.entity, noun.predicate, o.entity, null, noun.id, i);
        } else if (owner && noun.predicate === 'allies') {
          // `Kina er blitt Putins partner`: the subject allies with the genitive owner.
          const by = subjectOf(view, owner.first, lexicon, false);
          if (by) emit(by.entity, noun.predicate, owner.entity, null, noun.id, i);
        }
      }
    }

    // "i bytte mot ammunisjon", "til gjengjeld ... teknologi": the items flow back from taker to giver.
    previousPerson = view.mentions.filter((m) => m.type === 'PER').pop()?.entity ?? previousPerson;
    for (const m of view.mentions) if (!m.adjective) lastOfType.set(m.type, m.entity);
    learnKinds(kinds, view, lexicon, companySuffixes, true);
    previousParty =
      view.mentions.filter((m) => (m.type === 'GPE' || m.type === 'ORG') && !m.adjective).shift()?.entity ??
      previousParty;

    // A flow verb after the cue already said who gives what (`I retur kan Nord-Korea få mat`).
    const cue = returnCueAt(view, lexicon);
    if (cue !== undefined && lastFlow && !flowsAt.some((at) => at >= cue)) {
      const clauseEnd = findClauseEnd(view, cue, lexicon);
      let from = cue;
      for (let k = cue; k < clauseEnd; k++) if (view.upos[k] === 'VERB') from = k + 1;
      const items = readItems(view, from, clauseEnd, measure);
      const back = lastFlow;
      for (const item of items)
        emit(back.taker, money.has(item) ? 'pays' : 'supplies', back.giver, item, RETURN_FLOW, cue);
      lastFlow = back;
    }
  }
  return found;
}

/**
 * `Sykehusinnkjøp har inngått avtale med grossisten Nordfarma om å kjøpe inn pakninger`: for an infinitive after `om
 * å`, a deal noun with `med` and a name before it gives the other side of the flow, and the deal's subject acts.
 */
function dealAt(
  view: SentenceView,
  at: number,
  lexicon: RelationLexicon,
  previousPerson?: string,
  previousParty?: string,
): { subject: MentionAt; partner: MentionAt } | undefined {
  if (view.lemmas[at - 1] !== 'å' || view.lemmas[at - 2] !== 'om' || !lexicon.dealNouns) return undefined;
  for (let k = at - 3; k >= 0 && k >= at - 10; k--) {
    if (view.lemmas[k] !== 'med') continue;
    // `med den danske grossisten Nordfarma A/S`: the name after its description.
    let j = k + 1;
    while (j < at && !(view.mentionOf[j] && !view.mentionOf[j]!.adjective)) j++;
    const partner = j < at ? view.mentionOf[j] : undefined;
    let noun = k - 1;
    while (noun >= 0 && ['DET', 'ADJ'].includes(view.upos[noun] ?? '')) noun--;
    if (!partner || !lexicon.dealNouns.includes(view.lemmas[noun] ?? '')) return undefined;
    const subject = subjectOf(view, noun, lexicon, false, previousPerson, previousParty);
    return subject && subject.entity !== partner.entity ? { subject, partner } : undefined;
  }
  return undefined;
}

/**
 * `Kommunen regner med å få ...`, `Selskapet leverer ...`: a definite noun for a kind of party, as the subject of
 * the clause, is the last party of that type named before.
 */
function partyNounBefore(
  view: SentenceView,
  at: number,
  partyNouns: Record<string, string>,
  lastOfType: Map<string, string>,
  kinds: Kinds,
): MentionAt | undefined {
  for (let k = at - 1; k >= 0 && k >= at - 5; k--) {
    const token = view.sentence.tokens[k]!;
    const introduced = kindWritten(view, k, kinds);
    if (introduced) return { ...introduced, first: k, last: k, text: token.text };
    if (view.upos[k] !== 'NOUN') continue;
    // `Rederiet ble i april ilagt`: a noun governed by a preposition is an adverbial, not the subject.
    if (view.upos[k - 1] === 'ADP') continue;
    const named = token.feats.includes('Definite=Def') ? kinds.get(view.lemmas[k]!) : undefined;
    if (named) return { entity: named.entity, type: named.type, first: k, last: k, text: token.text };
    const type = partyNouns[view.lemmas[k]!];
    if (!type || !token.feats.includes('Definite=Def')) return undefined;
    // The last party of that type named before it, in this sentence (`KrF-leder ... sier at partiet`) or earlier.
    const entity =
      view.mentions.filter((m) => m.type === type && m.last < k && !m.adjective).pop()?.entity ??
      lastOfType.get(type);
    return entity
      ? { entity, type: type as MentionAt['type'], first: k, last: k, text: token.text }
      : undefined;
  }
  return undefined;
}

/**
 * `en FN-resolusjon som forbyr ...`, `Sikkerhetsrådet har vedtatt resolusjoner som sanksjonerer ...`: the body that
 * owns (a name inside the compound, a genitive) or adopts (the subject of the verb before) the instrument.
 */
function instrumentOwner(view: SentenceView, at: number, lexicon: RelationLexicon): MentionAt | undefined {
  const instruments = lexicon.instrumentNouns ?? [];
  if (view.lemmas[at - 1] !== 'som' || view.upos[at - 2] !== 'NOUN') return undefined;
  const noun = at - 2;
  const head = view.lemmas[noun]!.split('-').pop()!;
  if (!instruments.some((w) => head === w || head.endsWith(w))) return undefined;
  const inside = view.mentionOf[noun];
  if (inside) return inside;
  const owner = genitiveOwner(view, noun);
  if (owner) return owner;
  let k = noun - 1;
  while (k >= 0 && (view.upos[k] === 'DET' || view.upos[k] === 'ADJ')) k--;
  return view.upos[k] === 'VERB' ? namedSubject(view, k, lexicon, true) : undefined;
}

interface Leaders {
  roles: Set<string>;
  of: Map<string, string>;
}

/**
 * `truet den nordkoreanske diktatoren`: a nationality adjective before a leader's title stands for the person the
 * article has leading that country, when there is one; otherwise for the country.
 */
function leaderBehindRole(view: SentenceView, m: MentionAt, leaders: Leaders): MentionAt {
  if (!m.adjective || !leaders.roles.has(view.lemmas[m.last + 1] ?? '')) return m;
  const people = [...leaders.of].filter(([, state]) => state === m.entity).map(([person]) => person);
  if (people.length !== 1) return m;
  return { ...m, entity: people[0]!, type: 'PER', adjective: false, last: m.last + 1 };
}

/** `har mottatt nordkoreanske granater`: the country a nationality adjective among the items points to. */
function nationalityIn(view: SentenceView, from: number, to: number): MentionAt | undefined {
  for (let k = from; k < to; k++) if (view.mentionOf[k]?.adjective) return view.mentionOf[k];
  return undefined;
}

/** `... for å hjelpe Russland`: whom a delivery is for, when the clause names no recipient. */
function purposeRecipient(
  view: SentenceView,
  from: number,
  verbs: Map<string, VerbTrigger>,
): MentionAt | undefined {
  for (let k = from; k + 2 < view.lemmas.length; k++) {
    if (view.lemmas[k] !== 'for' || view.lemmas[k + 1] !== 'å') continue;
    if (verbs.get(view.lemmas[k + 2]!)?.predicate !== 'supports') return undefined;
    return directObject(view, k + 2);
  }
  return undefined;
}

function otherSide(flow: Flow, party: string): string {
  return flow.giver === party ? flow.taker : flow.giver;
}

/** The party doing the action: the nearest mention before the word in its clause, not after a preposition. */
function subjectOf(
  view: SentenceView,
  at: number,
  lexicon: RelationLexicon,
  skipObjects = true,
  previousPerson?: string,
  previousParty?: string,
): MentionAt | undefined {
  const named = namedSubject(view, at, lexicon, skipObjects);
  // `Men de kan også få tilgang til ...`: a plural pronoun continues the state or body named just before.
  const group = nearestPronoun(view, at, lexicon, lexicon.groupPronouns);
  if (group !== undefined && !named && previousParty) {
    const text = view.sentence.tokens[group]!.text;
    return { entity: previousParty, type: 'GPE', first: group, last: group, text };
  }
  // `I tillegg har han fått missiler`: a personal pronoun nearer the verb than any name is the subject.
  let pronoun = nearestPronoun(view, at, lexicon);
  // Verb-second order: `I går sendte han granater` puts the pronoun right after the verb.
  if (pronoun === undefined && !named) {
    const next = [at + 1, at + 2].find(
      (k) => view.upos[k] === 'PRON' && lexicon.personPronouns.includes(view.lemmas[k] ?? ''),
    );
    if (next !== undefined) pronoun = next;
  }
  if (pronoun !== undefined && (!named || named.last < pronoun)) {
    const before = view.mentions.filter((m) => m.type === 'PER' && m.last < pronoun).pop();
    const person = before?.entity ?? previousPerson;
    if (person)
      return {
        entity: person,
        type: 'PER',
        first: pronoun,
        last: pronoun,
        text: view.sentence.tokens[pronoun]!.text,
      };
  }
  return named;
}

function nearestPronoun(
  view: SentenceView,
  at: number,
  lexicon: RelationLexicon,
  pronouns = lexicon.personPronouns,
): number | undefined {
  for (let k = at - 1; k >= 0; k--) {
    if (lexicon.clauseBreaks.includes(view.lemmas[k]!)) return undefined;
    if (view.upos[k] === 'PRON' && pronouns.includes(view.lemmas[k]!)) return k;
  }
  return undefined;
}

function namedSubject(
  view: SentenceView,
  at: number,
  lexicon: RelationLexicon,
  skipObjects: boolean,
): MentionAt | undefined {
  for (let k = view.mentions.length - 1; k >= 0; k--) {
    const m = view.mentions[k]!;
    if (m.last >= at) continue;
    if (view.lemmas.slice(m.last + 1, at).some((l) => lexicon.clauseBreaks.includes(l))) break;
    // `for Putin å møte Kim`: the name between `for` and `å` is the one who acts.
    const forInfinitive = view.lemmas[m.first - 1] === 'for' && view.lemmas[m.last + 1] === 'å';
    if (PLACE_WORDS.has(view.lemmas[m.first - 1] ?? '') && !forInfinitive) continue;
    // `Ifølge Stavanger Aftenblad betaler Molde ...`: the source of a report is not who acts.
    if (lexicon.sourceWords?.includes(view.lemmas[m.first - 1] ?? '')) continue;
    // `Tor Lindset (Ap) skal møte ...`: a party in brackets after a person tells who the person is with.
    const tokens = view.sentence.tokens;
    if (tokens[m.first - 1]?.text === '(' && tokens[m.last + 1]?.text === ')' && view.mentionOf[m.first - 2])
      continue;
    // `Sør-Korea støtter Ukraina og styrker alliansen`: a name right after a verb is that verb's object.
    // But a name followed by its own verb starts a clause (`tror Nord-Korea kan gi ...`): it is that clause's subject.
    const ownVerb = m.last + 1 < at && (view.upos[m.last + 1] === 'AUX' || view.upos[m.last + 1] === 'VERB');
    if (skipObjects && view.upos[m.first - 1] === 'VERB' && !ownVerb) continue;
    return m;
  }
  // Verb-second order: "I tillegg har Russland sendt ..." puts the subject right after the finite verb.
  const next = view.mentions.find((m) => m.first > at && m.first <= at + 2);
  return next && !PLACE_WORDS.has(view.lemmas[next.first - 1] ?? '') ? next : undefined;
}

/**
 * The name right after a verb. With `acting`, a nationality adjective before a noun stands for its country
 * (`invaderte den russiske provinsen`); a delivery's items are never read that way (`sender nordkoreanske soldater`).
 */
/** The last token of a subject phrase: `ukrainske styrker` ends at the noun its adjective modifies. */
function phraseEnd(view: SentenceView, m: MentionAt): number {
  let end = m.last;
  if (m.adjective) while (view.upos[end + 1] === 'NOUN') end++;
  return end;
}

function directObject(
  view: SentenceView,
  at: number,
  reach = 2,
  acting = false,
  sources: readonly string[] = [],
): MentionAt | undefined {
  let owner: MentionAt | undefined;
  for (let k = at + 1; k <= at + reach && k < view.lemmas.length; k++) {
    // `betalte ifølge Økokrim Hadeland Masseforvaltning`: the source of a report stands between verb and object.
    const source = sources.includes(view.lemmas[k] ?? '') ? view.mentionOf[k + 1] : undefined;
    if (source) {
      reach += source.last - k + 1;
      k = source.last;
      continue;
    }
    const m = view.mentionOf[k];
    if (m?.adjective && acting && view.upos[k + 1] === 'NOUN') return m;
    // `gjestet Kim Jong-uns far Kim Jong-il`: a genitive before a noun names the owner, not the object.
    if (m && /s$/.test(m.text) && view.upos[m.last + 1] === 'NOUN') {
      owner ??= m;
      reach += m.last - k + 2;
      k = m.last + 1;
      continue;
    }
    if (m && !m.adjective) return m.first === k && !PLACE_WORDS.has(view.lemmas[k - 1] ?? '') ? m : undefined;
    // `ilagt oppdrettsselskapet Havbris Laks`: a definite noun right before the name describes it, and so does a
    // title right before a person's name (`møte vegdirektør Ingrid Dahle Sæther`).
    const after = view.mentionOf[k + 1];
    const described =
      after &&
      after.first === k + 1 &&
      (view.sentence.tokens[k]!.feats.includes('Definite=Def') || after.type === 'PER');
    if (view.upos[k] === 'NOUN' && described && !m) {
      reach++;
      continue;
    }
    // `advart om at Tromsø ...`: past a subjunction the name is no longer the verb's object.
    if (['PUNCT', 'NOUN', 'SCONJ'].includes(view.upos[k] ?? '')) break;
  }
  // `vil støtte Nord-Koreas forsvar`: acting on what a party owns is acting on the party.
  return acting ? owner : undefined;
}

function afterPreposition(
  view: SentenceView,
  from: number,
  to: number,
  preps: string[],
  nationality = false,
): MentionAt | undefined {
  for (let k = from + 1; k < to; k++) {
    if (!preps.includes(view.lemmas[k]!)) continue;
    const m = mentionRightAfter(view, k, nationality);
    if (m) return m;
  }
  return undefined;
}

/**
 * The mention that a preposition at `k` governs: right after it, or after one determiner or adjective. With
 * `nationality`, a nationality adjective before a noun counts too (`til den russiske hæren`).
 */
function mentionRightAfter(view: SentenceView, k: number, nationality = false): MentionAt | undefined {
  let j = k + 1;
  for (; j <= k + 3 && j < view.lemmas.length; j++) {
    const m = view.mentionOf[j];
    if (m?.adjective && nationality && view.upos[j + 1] === 'NOUN') return m;
    if (m && !m.adjective) return m.first === j ? titledPerson(view, m) : undefined;
    // `fra nevnte Wagner-gruppen`: right after a preposition a verb form can only be a participle used as an
    // adjective, whatever the tagger says of its tense.
    const participle = view.upos[j] === 'VERB' && j === k + 1;
    if (view.upos[j] !== 'DET' && view.upos[j] !== 'ADJ' && !participle) break;
  }
  // `til dagligvarekjeden Aeon`, `av det irske leasingselskapet Shannon Aero Leasing`: a common noun describing the
  // name right after it.
  const described = view.mentionOf[j + 1];
  if (
    view.upos[j] === 'NOUN' &&
    !view.mentionOf[j] &&
    described &&
    !described.adjective &&
    described.first === j + 1
  )
    return titledPerson(view, described);
  return undefined;
}

/**
 * `sanksjoner mot flere av Dagalos selskaper`: what a party owns, after a quantity, stands for the party.
 */
function ownerAfter(view: SentenceView, k: number): MentionAt | undefined {
  for (let j = k + 1; j <= k + 5 && j < view.lemmas.length; j++) {
    const m = view.mentionOf[j];
    if (m && !m.adjective) return /s$/.test(m.text) && view.upos[m.last + 1] === 'NOUN' ? m : undefined;
    if (!['DET', 'ADJ', 'NUM', 'PRON'].includes(view.upos[j] ?? '') && view.lemmas[j] !== 'av')
      return undefined;
  }
  return undefined;
}

/**
 * `RSF-lederen Mohamed Hamdan Dagalo`: a compound title owned by a body, followed by a person's name, is that
 * person (the body is only part of the title).
 */
function titledPerson(view: SentenceView, m: MentionAt): MentionAt {
  const next = view.mentionOf[m.last + 1];
  const compoundTitle =
    m.first === m.last && view.upos[m.first] === 'NOUN' && /-/.test(view.sentence.tokens[m.first]!.text);
  return compoundTitle && next && next.type === 'PER' && next.first === m.last + 1 ? next : m;
}

/** A mention and the ones coordinated after it: `Iran og Nord-Korea`, `Kina, Iran og Russland`. */
function withCoordinated(view: SentenceView, first: MentionAt): MentionAt[] {
  const all = [first];
  let at = first.last + 1;
  while (at + 1 < view.lemmas.length && (view.lemmas[at] === 'og' || view.upos[at] === 'PUNCT')) {
    if (view.upos[at] === 'PUNCT' && view.sentence.tokens[at]!.text !== ',') break;
    const next = view.mentionOf[at + 1];
    if (!next || next.first !== at + 1) break;
    all.push(next);
    at = next.last + 1;
  }
  return all;
}

/** A mention coordinated before another: the `Trump` of `Trump og Kim møttes`. */
function coordinatedBefore(view: SentenceView, m: MentionAt): MentionAt | undefined {
  // `Tolletaten og det svenske Tullverket`: a determiner and adjectives may stand before the second name.
  let k = m.first - 1;
  while (k > m.first - 3 && !view.mentionOf[k] && (view.upos[k] === 'DET' || view.upos[k] === 'ADJ')) k--;
  if (view.lemmas[k] !== 'og') return undefined;
  const prev = view.mentionOf[k - 1];
  return prev && prev.last === k - 1 ? prev : undefined;
}

/** `Russlands krig mot Ukraina`: the genitive name right before the noun (adjectives may stand between). */
function genitiveOwner(view: SentenceView, at: number): MentionAt | undefined {
  for (let k = at - 1; k >= Math.max(0, at - 3); k--) {
    const m = view.mentionOf[k];
    // `den russiske offensiven i Ukraina`: a nationality adjective owns the noun as a genitive would.
    if (m) return /s$/.test(m.text) || m.adjective ? m : undefined;
    if (view.upos[k] !== 'ADJ' && view.upos[k] !== 'DET') return undefined;
  }
  return undefined;
}

function findClauseEnd(view: SentenceView, from: number, lexicon: RelationLexicon): number {
  // `sender ikke bare granater, men også soldater til Russland`: after `ikke bare` the clause goes on past `men`.
  let correlative = false;
  for (let k = from + 1; k < view.lemmas.length; k++) {
    const word = view.sentence.tokens[k]!.text.toLowerCase();
    const next = view.sentence.tokens[k + 1]?.text.toLowerCase() ?? '';
    if (lexicon.negation?.words.includes(word) && lexicon.negation.notAfter.includes(next))
      correlative = true;
    if (correlative && word === 'men') continue;
    if (lexicon.clauseBreaks.includes(view.lemmas[k]!) || view.lemmas[k] === '.' || view.lemmas[k] === ':')
      return k;
  }
  return view.lemmas.length;
}

/**
 * Nouns naming what flows: the first noun phrase after `from`, with its coordinations (`soldater og ammunisjon`,
 * `våpen, mat og olje`). Measures (`mengder`) are skipped; a preposition or verb after an item ends the list.
 */
interface MoneyWords {
  lemmas: Set<string>;
  /** `kroner i året`: a rate, not what the money is given as. */
  perTime: Set<string>;
  /** Items named as what the money is in (`30 millioner kroner i spillemidler`): paid, not supplied. */
  paidIn: Set<string>;
}

function readItems(
  view: SentenceView,
  from: number,
  to: number,
  measure: Set<string>,
  money?: MoneyWords,
): string[] {
  const items: string[] = [];
  for (let k = from; k < to; k++) {
    const upos = view.upos[k];
    const mention = view.mentionOf[k];
    if (mention && !mention.adjective) {
      if (items.length) break;
      continue;
    }
    if (mention) continue;
    // An adjective heading its own phrase (`rekrutterte frivillige fra Syria`) names the item too.
    const nominal = upos === 'ADJ' && ['ADP', 'CCONJ', 'PUNCT', undefined].includes(view.upos[k + 1]);
    // `aktivitet relatert til det`: an adjective right after an item describes it.
    if (nominal && items.length && view.upos[k - 1] === 'NOUN') break;
    // `får pengene klubben trenger`: a second noun right after an item opens a clause of its own.
    if (upos === 'NOUN' && items.length && view.upos[k - 1] === 'NOUN' && !measure.has(view.lemmas[k - 1]!))
      break;
    // `torskekvoten britene får, verdt ...`: a comma before any item ends what the verb took.
    if (upos === 'PUNCT' && !items.length) break;
    if (upos === 'NOUN' || nominal) {
      const lemma = view.lemmas[k]!;
      // `kroner i spillemidler`: the money is named by what it is given as.
      if (
        money?.lemmas.has(lemma) &&
        view.lemmas[k + 1] === 'i' &&
        view.upos[k + 2] === 'NOUN' &&
        !money.perTime.has(view.lemmas[k + 2]!)
      ) {
        const kind = view.lemmas[k + 2]!;
        money.paidIn.add(kind);
        if (!items.includes(kind)) items.push(kind);
        k += 2;
        continue;
      }
      if (!measure.has(lemma) && !items.includes(lemma)) items.push(lemma);
      continue;
    }
    // `for å fange rømt laks`: a purpose clause names no item (`forbyr X å eksportere våpen` does).
    if (view.lemmas[k] === 'for' && view.lemmas[k + 1] === 'å') break;
    if (items.length && (upos === 'ADP' || upos === 'VERB' || upos === 'SCONJ' || upos === 'AUX')) break;
    if (items.length && upos === 'PUNCT' && view.sentence.tokens[k]!.text !== ',') break;
  }
  return items;
}

/**
 * A definite kind noun right after the verb (past adverbs) that stands for a party: the one the text introduced with
 * it (`Rederiet Vestsund Ferjer` ... `rederiet`), or else, for a party noun, the last party of its type named in
 * the sentences before (`Tunnelen bygges av Bergfast Anlegg AS.` ... `betaler entreprenøren`), never `not`.
 */
function kindAfter(
  view: SentenceView,
  at: number,
  kinds: Kinds,
  party?: { nouns: Record<string, string>; lastOfType: Map<string, string>; not?: string | undefined },
): MentionAt | undefined {
  let k = at + 1;
  while (view.upos[k] === 'ADV' || view.upos[k] === 'PART') k++;
  const token = view.sentence.tokens[k];
  const introduced = token && kindWritten(view, k, kinds);
  if (token && introduced && !/s$/u.test(token.text))
    return { ...introduced, first: k, last: k, text: token.text };
  if (!token || view.upos[k] !== 'NOUN' || !token.feats.includes('Definite=Def')) return undefined;
  // `levere regjeringens avskjedssøknad`: a genitive owns what follows; it is not the party acted on.
  if (token.feats.includes('Case=Gen')) return undefined;
  const named = kinds.get(view.lemmas[k]!);
  if (named) return { entity: named.entity, type: named.type, first: k, last: k, text: token.text };
  const type = party?.nouns[view.lemmas[k]!];
  const entity = type ? party?.lastOfType.get(type) : undefined;
  return entity && entity !== party?.not
    ? { entity, type: type as MentionAt['type'], first: k, last: k, text: token.text }
    : undefined;
}

/** The noun a passive's clause opens with (`Turbinene skal leveres av X`): what the verb delivers, as its lemma. */
function subjectNoun(view: SentenceView, at: number, measure: ReadonlySet<string>): string | undefined {
  for (let k = at - 1; k >= 0; k--) {
    if (view.upos[k] === 'AUX' || view.upos[k] === 'ADV' || view.upos[k] === 'PART') continue;
    const noun = view.upos[k] === 'NOUN' && !view.mentionOf[k] && k === 0 ? view.lemmas[k] : undefined;
    return noun && !measure.has(noun) ? noun : undefined;
  }
  return undefined;
}

/** The agent of a passive: the party after `av` in its clause (`av direktoratet`), and where that `av` stands. */
function agentOf(
  view: SentenceView,
  at: number,
  clauseEnd: number,
  lexicon: RelationLexicon,
  kinds: Kinds,
): { by: number; agent: MentionAt | undefined } {
  const by = view.lemmas.findIndex(
    (l, k) => k > at && k < clauseEnd && lexicon.agentPrepositions?.includes(l),
  );
  return { by, agent: by > 0 ? (mentionRightAfter(view, by) ?? kindAfter(view, by, kinds)) : undefined };
}

/** A participle after a form of `bli` (`blir betalt`, `ble sendt`), or a passive form (`sendes`). */
function passive(view: SentenceView, at: number): boolean {
  if (view.sentence.tokens[at]!.feats.includes('Voice=Pass')) return true;
  const participle = view.sentence.tokens[at]!.feats.includes('VerbForm=Part');
  if (!participle) return false;
  // `ble i april ilagt`: an adverbial may stand between the auxiliary and the participle, but no other verb.
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    if (view.lemmas[k] === 'bli') return true;
    if (view.upos[k] === 'VERB' || view.upos[k] === 'AUX' || view.upos[k] === 'PUNCT') return false;
  }
  return false;
}

/** Whether the word at `at` opens its clause: the sentence's first word, or right after `at` or a comma. */
function opensClause(view: SentenceView, at: number): boolean {
  let k = at - 1;
  // `tilgangen`, `den økte tilgangen`: determiners and adjectives before the noun belong to it.
  while (k >= 0 && (view.upos[k] === 'DET' || view.upos[k] === 'ADJ')) k--;
  return k < 0 || view.lemmas[k] === 'at' || view.sentence.tokens[k]!.text === ',';
}

/** The party after `med` earlier in the clause of `at` (`en kontrakt med det tyske selskapet X om kjøp av`). */
function partnerBefore(view: SentenceView, at: number, lexicon: RelationLexicon): MentionAt | undefined {
  for (let k = at - 1; k >= 0 && !lexicon.clauseBreaks.includes(view.lemmas[k]!); k--) {
    if (view.lemmas[k] !== 'med') continue;
    const partner = view.mentions.find((m) => m.first > k && m.first <= k + 5 && m.last < at && !m.adjective);
    if (partner) return partner;
  }
  return undefined;
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

/** The firmest doubt in the clause around `at`: a hedge in another clause does not touch this one. */
function clauseCertainty(view: SentenceView, at: number, lexicon: RelationLexicon): Certainty {
  let from = at;
  while (from > 0 && !lexicon.clauseBreaks.includes(view.lemmas[from - 1]!)) from--;
  const to = findClauseEnd(view, at, lexicon);
  const words = new Set<string>();
  for (let k = from; k < to; k++) words.add(view.lemmas[k]!).add(view.sentence.tokens[k]!.text.toLowerCase());
  // A sentence-initial `ifølge X` or `det antas at` governs every clause after it.
  for (let k = 0; k < Math.min(from, 4); k++)
    words.add(view.lemmas[k]!).add(view.sentence.tokens[k]!.text.toLowerCase());
  // `kan ikke sitte`: a negation outweighs a hedge.
  if (negated(view, at, lexicon)) return 'denied';
  for (const cue of lexicon.certaintyCues) if (cue.lemmas.some((l) => words.has(l))) return cue.certainty;
  return 'asserted';
}

/**
 * Whether the clause of the word at `at` is negated (`sender ikke`, `har aldri sendt`), but not `ikke bare`. The
 * negation must stand between the same commas and subordinators: `har ikke kunngjort at de sender` and `levere 9 000
 * tonn, ikke 12 000` negate something else.
 */
function negated(view: SentenceView, at: number, lexicon: RelationLexicon): boolean {
  const negation = lexicon.negation;
  if (!negation) return false;
  const bound = (k: number) =>
    lexicon.clauseBreaks.includes(view.lemmas[k]!) ||
    negation.bounds.includes(view.sentence.tokens[k]!.text.toLowerCase());
  let from = at;
  while (from > 0 && !bound(from - 1)) from--;
  let to = at + 1;
  const end = findClauseEnd(view, at, lexicon);
  while (to < end && !bound(to)) to++;
  for (let k = from; k < to; k++) {
    const word = view.sentence.tokens[k]!.text.toLowerCase();
    const next = view.sentence.tokens[k + 1]?.text.toLowerCase() ?? '';
    if (negation.words.includes(word) && !negation.notAfter.includes(next)) return true;
  }
  return false;
}
