// The extraction stages in order: NLP, entities, quotes, claims, time, events, relations — all from one analysis.
import type { Entity, EntityType } from '../../contract/index.ts';
import { entitySpans } from '../../languages/entity-spans.ts';
import { addOfficeNames } from '../entities/office-names.ts';
import { addInstitutionWords } from '../entities/institution-words.ts';
import { genitiveFromLemma } from '../entities/link-mentions.ts';
import type { AnalyzedSentence, EntitySpan } from '../../languages/nlp.ts';
import type { LanguagePack } from '../../languages/pack.ts';
import { findClaims, type FoundClaim } from '../claims/index.ts';
import { addCompoundNames } from '../entities/compound-names.ts';
import { namesForTitle } from '../entities/find-leader-title.ts';
import { indexRoles } from '../entities/find-roles.ts';
import { addRepeatedNames } from '../entities/repeat-names.ts';
import { addAcronyms } from '../entities/find-acronyms.ts';
import { institutionEnd } from '../entities/institution-names.ts';
import { dropOpeningNouns } from '../entities/opening-nouns.ts';
import { hasLegalForm } from '../entities/legal-form.ts';
import { joinConnectedNames, splitJoinedNames, trimScores } from '../entities/split-joined-names.ts';
import { linkMentions, type NameSpan } from '../entities/link-mentions.ts';
import { extractEvents, type FoundEvent } from '../events/index.ts';
import { findQuotes, type FoundQuote } from '../quotes/index.ts';
import { extractRelations, viewSentences, type FoundRelation } from '../relations/index.ts';
import { partyNounMentions } from '../relations/party-nouns.ts';
import { anchorOf } from './anchor-of.ts';

export interface ExtractionInput {
  body: string;
  /** The headline: its names help find the same names in the body; it yields no items of its own. */
  title?: string | null;
  published: string | null;
}

export interface Extraction {
  sentences: AnalyzedSentence[];
  entities: Entity[];
  quotes: FoundQuote[];
  claims: FoundClaim[];
  events: FoundEvent[];
  relations: FoundRelation[];
  /** Person entity id -> the state it leads, as the text says. */
  leaderOf: Map<string, string>;
  /** Why the language pack's NLP gave nothing, when it failed. */
  nlpError?: string;
  /** Extraction steps that failed on this article (`relations: ...`); their items are missing, the rest stands. */
  failures?: string[];
}

/** Characters between a quote or claim and the kind noun that names its speaker or holder (about a paragraph). */
const KIND_REACH = 400;

const ENTITY_TYPES = new Set<string>(['PER', 'ORG', 'LOC', 'GPE', 'PROD', 'EVT', 'DRV', 'MISC']);
export function emptyExtraction(): Extraction {
  return {
    sentences: [],
    entities: [],
    quotes: [],
    claims: [],
    events: [],
    relations: [],
    leaderOf: new Map(),
  };
}

/**
 * `Tindra ASA` ... `Tindra vil kjøpe Kystline`: a name that is a company's name without its legal form is that
 * company, whatever type the recogniser gave the short form.
 */
function companiesByShortName(
  sentences: AnalyzedSentence[],
  names: NameSpan[],
  suffixes: readonly string[],
): NameSpan[] {
  const full = new Map<string, string>();
  for (const n of names)
    if (hasLegalForm(n.text, suffixes)) full.set(n.text.slice(0, n.text.lastIndexOf(' ')), n.text);
  if (full.size === 0) return names;
  // The short form is linked to the full name as a genitive is to its base.
  const linked = names.map((n) => {
    const company = full.get(n.text) ?? full.get(n.base ?? '');
    return company ? { ...n, type: 'ORG' as const, base: company } : n;
  });
  // `Tindra vil kjøpe Kystline`: the short form where the recogniser did not see a name at all, or saw only parts
  // of it (`Østlandet Frukt` and `Grønt` in `Østlandet Frukt og Grønt sier ...`).
  const added: NameSpan[] = [];
  const inside = new Set<NameSpan>();
  for (const { tokens } of sentences)
    for (let i = 0; i < tokens.length; i++)
      for (const [short, company] of full) {
        const words = short.split(' ');
        if (!words.every((w, k) => tokens[i + k]?.text === w)) continue;
        const start = tokens[i]!.start;
        const end = tokens[i + words.length - 1]!.end;
        const overlapping = linked.filter((n) => n.start < end && start < n.end);
        if (overlapping.some((n) => n.start < start || n.end > end || n.text === short)) continue;
        for (const n of overlapping) inside.add(n);
        added.push({ start, end, text: short, type: 'ORG', base: company });
      }
  return added.length
    ? [...linked.filter((n) => !inside.has(n)), ...added].sort((a, b) => a.start - b.start)
    : linked;
}

/** Whether the name at token `first` follows a preposition of place (`i Hanoi`, `på Fosen`). */
function placePreposition(
  s: AnalyzedSentence,
  first: number,
  rules: NonNullable<LanguagePack['nameTypes']>,
): boolean {
  const before = s.tokens[first - 1]?.text.toLowerCase() ?? '';
  if (rules.placePrepositions.includes(before)) return true;
  return (rules.verbPrepositions?.includes(before) ?? false) && s.tokens[first - 2]?.upos !== 'VERB';
}

/**
 * Runs every extraction step over a cleaned body with the language's pack. Without a pack nothing is found; without
 * working NLP (no models, or a model that fails) quotes and claims still come from the rules, with capitalised word
 * runs standing in for names, and `nlpError` says why.
 */
export function extractFacts(
  { body, published, title = null }: ExtractionInput,
  pack: LanguagePack | undefined,
): Extraction {
  if (!pack || !body.trim()) return emptyExtraction();
  let sentences: AnalyzedSentence[] = [];
  let headline: AnalyzedSentence[] = [];
  let nlpError: string | undefined;
  try {
    const nlp = pack.loadNlp?.() ?? null;
    sentences = nlp?.analyze(body) ?? [];
    headline = title && nlp ? nlp.analyze(title) : [];
  } catch (error) {
    nlpError = error instanceof Error ? error.message : String(error);
  }
  // `Nordvik Sjømat` ... `bud på Nordvik`: a word that opens a longer name elsewhere is that name shortened.
  const nameOpeners = new Set(
    sentences.flatMap((s) =>
      entitySpans(s, body)
        .filter((span) => span.tokenEnd - span.tokenStart > 1)
        .map((span) => s.tokens[span.tokenStart]!.text),
    ),
  );
  const namesIn = (analysed: AnalyzedSentence[], text: string): NameSpan[] =>
    analysed.flatMap((s) =>
      entitySpans(s, text)
        .flatMap((span) => splitAtVerbs(s, span, text))
        .filter((span) => ENTITY_TYPES.has(span.type))
        .map(
          ({ start: spanStart, end: spanEnd, type, tokenStart: spanTokenStart, tokenEnd: spanTokenEnd }) => {
            // `Nord-Korea Siden 2006 har ...` (a heading glued to the next line): a name does not end in a
            // function word.
            // `Oppdrettsselskapet Havbruk Nord har ...`: a definite common noun opening the sentence describes the
            // name after it and is not part of it.
            const opener = s.tokens[spanTokenStart];
            const described =
              spanTokenStart === 0 &&
              spanTokenEnd - spanTokenStart > 1 &&
              opener?.upos === 'NOUN' &&
              opener.feats.includes('Definite=Def') &&
              s.tokens[spanTokenStart + 1]?.upos === 'PROPN';
            const tokenStart = described ? spanTokenStart + 1 : spanTokenStart;
            const start = described ? s.tokens[tokenStart]!.start : spanStart;
            let tokenEnd = spanTokenEnd;
            while (
              tokenEnd - tokenStart > 1 &&
              pack.functionWords?.has(s.tokens[tokenEnd - 1]!.text.toLowerCase())
            )
              tokenEnd--;
            // `Norges forskningsråd`: a genitive place and an institution noun name the institution.
            const heads = pack.nameTypes?.orgHeads;
            const institution =
              heads && tokenEnd === spanTokenEnd && type !== 'PER'
                ? institutionEnd(s, tokenEnd, heads)
                : tokenEnd;
            if (institution > tokenEnd) tokenEnd = institution;
            const end = tokenEnd === spanTokenEnd ? spanEnd : s.tokens[tokenEnd - 1]!.end;
            const name = text.slice(start, end);
            const span: NameSpan = {
              start,
              end,
              text: name,
              type: typeOf(s, tokenStart, tokenEnd, tokenEnd > spanTokenEnd ? 'ORG' : type),
            };
            const base = genitiveFromLemma(s, tokenStart, tokenEnd, name);
            // `Ifølge Kripos står ...`: a finite verb right after the name means its `s` is no genitive.
            const next = s.tokens[tokenEnd];
            const subject =
              !base &&
              /s$/u.test(name) &&
              (next?.upos === 'VERB' || next?.upos === 'AUX') &&
              next.feats.includes('VerbForm=Fin');
            return base ? { ...span, base } : subject ? { ...span, genitive: false } : span;
          },
        ),
    );
  // `Wagner Gruppen` is an organisation and `i Hanoi` a place, whatever the recogniser said.
  function typeOf(s: AnalyzedSentence, first: number, end: number, given: string): EntityType {
    const rules = pack!.nameTypes;
    if (!rules) return given as EntityType;
    // `Belarus`, `Sør-Korea`: a country's name is a country, whatever the recogniser made of it.
    const written = s.tokens
      .slice(first, end)
      .map((t) => t.text)
      .join(' ');
    if (pack!.countries?.codeOf(written) ?? pack!.countries?.codeOf(written.replace(/s$/u, ''))) return 'GPE';
    // `E6`, `Rv. 7`: a road is a place.
    if (rules.placeForms?.test(written)) return 'LOC';
    const head = s.tokens[end - 1]!;
    // `Tindra ASA`, `Rheinwerk Systeme GmbH`: a company's legal form ends its name.
    if (end - first > 1 && rules.companySuffixes?.includes(head.text)) return 'ORG';
    // `Lebesby kommune` is the municipality (NorNE: GPE), `Vestland fylkeskommune` a body.
    if (end - first > 1 && head.upos === 'NOUN' && rules.placeHeads?.includes(head.lemma.toLowerCase()))
      return 'GPE';
    if (end - first > 1 && head.upos === 'NOUN' && rules.orgHeads.includes(head.lemma.toLowerCase()))
      return 'ORG';
    if (
      given === 'PER' &&
      end - first === 1 &&
      !nameOpeners.has(s.tokens[first]!.text) &&
      placePreposition(s, first, rules)
    )
      return 'GPE';
    // `analyseselskapet Volteq`, `partiet Venstre`: a definite institution noun before the name says what it is;
    // so does a definite place noun (`byen El Fasher`).
    const described = s.tokens[first - 1];
    if (
      described?.upos === 'NOUN' &&
      described.feats.includes('Definite=Def') &&
      rules.placeNouns?.includes(described.lemma.toLowerCase())
    )
      return 'GPE';
    if (
      described?.upos === 'NOUN' &&
      described.feats.includes('Definite=Def') &&
      rules.orgHeads.some((h) => described.lemma.toLowerCase().endsWith(h))
    )
      return 'ORG';
    // `Handelsbanken`, `Havforskningsinstituttet`: a name that is a compound of an institution noun.
    const word = head.text.toLowerCase();
    if (
      given !== 'ORG' &&
      rules.orgHeads.some((h) => {
        const at = word.lastIndexOf(h);
        const ending = at >= 3 ? word.slice(at + h.length) : null;
        return ending !== null && /^(?:en|et|a|n|t)?s?$/u.test(ending) && (ending !== '' || h.length >= 4);
      })
    )
      return 'ORG';
    return given as EntityType;
  }
  const names = addRepeatedNames(
    sentences,
    addOfficeNames(
      sentences,
      body,
      addInstitutionWords(
        sentences,
        body,
        addAcronyms(
          sentences,
          joinConnectedNames(
            trimScores(splitJoinedNames(dropOpeningNouns(sentences, namesIn(sentences, body))), body),
            body,
            pack.nameTypes?.companySuffixes,
          ),
        ),
        pack.nameTypes?.orgHeads ?? [],
      ),
      pack.nameTypes?.offices ?? [],
    ),
    title ? namesIn(headline, title) : [],
  );
  // Speakers and holders are read from the same names, company short forms included (`Bjørn Aas i Østlandet Frukt
  // og Grønt sier`).
  const companies = companiesByShortName(sentences, names, pack.nameTypes?.companySuffixes ?? []);
  const linked = linkMentions(
    pack.compoundNames ? addCompoundNames(sentences, companies, pack.compoundNames) : companies,
  );
  const sentenceSpans = sentences.length
    ? { sentences: sentences.map(({ start, end }) => ({ start, end })) }
    : {};
  const roles = indexRoles(sentences, linked.entities);
  // A name, or a role the text gave a person before (`Nato-sjefen` after `Nato-sjef Jens Stoltenberg`).
  // A title alone (`Nato-sjefen`, `Russlands president`): the person who held it at the article's date, if named.
  const titles = new Set(pack.relations?.leaderRoles ?? []);
  const byTitle = (name: string) =>
    published && pack.countries
      ? namesForTitle(name, published, titles, pack.countries)
          .map((n) => linked.findByName(n))
          .find((id) => id !== undefined)
      : undefined;
  const idOf = (name: string | null, at: number) =>
    name
      ? (linked.findByName(name, at) ?? roles.find(name, at) ?? byTitle(name) ?? kindNear(name, at) ?? null)
      : null;

  // Each step runs on its own: one that fails costs its own items, reported, not the article's other facts.
  const failures: string[] = [];
  const guarded = <T>(step: string, fallback: T, run: () => T): T => {
    try {
      return run();
    } catch (error) {
      failures.push(`${step}: ${error instanceof Error ? error.message : String(error)}`);
      return fallback;
    }
  };
  const countryIn = (words: Record<string, string> | undefined) => (lemma: string) => {
    const country = words?.[lemma];
    return country ? linked.findByName(country) : undefined;
  };
  // One view of the sentences with every mention placed, for both the events and the relations stage.
  const views = guarded('views', [], () =>
    viewSentences(sentences, linked.entities, countryIn(pack.nationalities), countryIn(pack.demonyms)),
  );
  // Definite kind nouns that stand for a party named before (`selskapet`, `direktoratet`), with their places: event
  // participants, and speakers or holders the quote and claim readers leave as written (`Selskapet bekrefter ...`).
  const parties = guarded('parties', [], () =>
    pack.relations ? partyNounMentions(views, pack.relations, pack.nameTypes?.companySuffixes) : [],
  );
  const kindMentions = parties.flatMap((found, v) =>
    found.map((m) => ({
      start: views[v]!.sentence.tokens[m.first]!.start,
      text: m.text.toLowerCase(),
      entity: m.entity,
    })),
  );
  /** The party a kind noun written as `name` stands for, nearest to `at` within a paragraph's reach. */
  const kindNear = (name: string, at: number): string | undefined => {
    const word = name.toLowerCase();
    let best: { entity: string; distance: number } | undefined;
    for (const k of kindMentions) {
      const distance = Math.abs(k.start - at);
      if (k.text === word && distance <= KIND_REACH && (!best || distance < best.distance))
        best = { entity: k.entity, distance };
    }
    return best?.entity;
  };
  const { speech, quantities } = pack;
  // A pack without speech words finds no quotes; claims need its number reader too.
  const quotes = guarded('quotes', [], () =>
    speech
      ? findQuotes({ body, names: companies, speech, ...sentenceSpans }).map((q) => ({
          ...q,
          speaker: idOf(q.speakerName, q.start),
        }))
      : [],
  );
  const lemmatise = lemmatiserFrom(sentences);
  const claims = guarded('claims', [], () =>
    speech && quantities
      ? findClaims({
          body,
          names: companies,
          quotes,
          speech,
          quantities,
          ...sentenceSpans,
          ...(lemmatise ? { lemmatise } : {}),
        }).map((c) => ({ ...c, holder: idOf(c.holderName, c.start) }))
      : [],
  );

  const time = pack.time;
  const times = guarded('time', [], () => (time ? time.find(body, anchorOf(published)) : []));
  const events = guarded('events', [], () =>
    pack.events
      ? extractEvents({
          views,
          lexicon: pack.events,
          times,
          body,
          published,
          parties,
        })
      : [],
  );
  const noRelations = { relations: [], leaderOf: new Map<string, string>() };
  const { relations, leaderOf } = guarded('relations', noRelations, () =>
    pack.relations
      ? extractRelations({
          views,
          lexicon: pack.relations,
          companySuffixes: pack.nameTypes?.companySuffixes ?? [],
          // Without a date there is no telling who led what, so no public facts are used.
          ...(published && pack.countries
            ? { known: { entities: linked.entities, date: published, countries: pack.countries } }
            : {}),
        })
      : noRelations,
  );
  return {
    sentences,
    entities: linked.entities,
    quotes,
    claims,
    events,
    relations,
    leaderOf,
    ...(nlpError ? { nlpError } : {}),
    ...(failures.length ? { failures } : {}),
  };
}

/**
 * `DNB Markets mener Norges Bank`: a lower-case verb never stands inside a name, so a span the recogniser ran on
 * across one is two names (the verb between them is no part of either).
 */
function splitAtVerbs(s: AnalyzedSentence, span: EntitySpan, text: string): EntitySpan[] {
  const out: EntitySpan[] = [];
  let from = span.tokenStart;
  const close = (to: number) => {
    if (to <= from) return;
    const start = s.tokens[from]!.start;
    const end = s.tokens[to - 1]!.end;
    out.push({ ...span, start, end, text: text.slice(start, end), tokenStart: from, tokenEnd: to });
  };
  for (let k = span.tokenStart; k < span.tokenEnd; k++) {
    const t = s.tokens[k]!;
    const verb = (t.upos === 'VERB' || t.upos === 'AUX') && t.feats.includes('VerbForm=Fin');
    if (verb && t.text === t.text.toLowerCase()) {
      close(k);
      from = k + 1;
    }
  }
  if (from === span.tokenStart) return [span];
  close(span.tokenEnd);
  return out;
}

/** The tagger's lemma for a word form seen in this article, falling back to the claims stage's own. */
function lemmatiserFrom(sentences: AnalyzedSentence[]): ((word: string) => string) | undefined {
  const lemmas = new Map<string, string>();
  for (const s of sentences)
    for (const t of s.tokens)
      if (t.upos === 'NOUN' && t.lemma && t.lemma !== '_') lemmas.set(t.text.toLowerCase(), t.lemma);
  if (lemmas.size === 0) return undefined;
  return (word) => lemmas.get(word.toLowerCase()) ?? word.toLowerCase();
}
