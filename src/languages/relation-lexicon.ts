// What a language pack tells the relation finder: trigger words, the prepositions that mark roles, and cues.
import type { Certainty, Predicate } from '../contract/index.ts';

/** A verb that states who does what to whom, with where its roles sit around it. */
export interface VerbTrigger {
  id: string;
  /** Lemmas that trigger it: `sende`, `levere`. */
  lemmas: string[];
  predicate: Predicate;
  /**
   * `give`: subject gives items to the recipient (`X sender Y til Z`, `X tilbyr Z Y`, `X forsyner Z med Y`);
   * `receive`: subject gets items from the source (`Z har mottatt Y fra X`);
   * `act`: subject acts on the object (`X angrep Z`, `X møtte Z`).
   */
  frame: 'give' | 'receive' | 'act';
  /** For a phrasal verb (`stille seg bak X`): the particle that must follow, the object right after it. */
  particles?: string[];
  /**
   * The fixed words of an idiom. Giving (`komme X til unnsetning med Y`): they follow the recipient, the items
   * follow an item preposition after them, and without items the idiom states support. Receiving (`dra nytte av Y
   * fra X`): they follow the verb, and the items follow them. Acting (`sitte i regjering med X`): they follow the
   * verb, and the object follows them.
   */
  complement?: string[];
  /** Receiving: prepositions that name the source for this verb besides the lexicon's (`leie fly av X`). */
  sourcePrepositions?: string[];
  example: string;
}

/** A noun that states a relation between named parties: `forsvarsavtale mellom X og Z`, `krigen mot Z`. */
export interface NounTrigger {
  id: string;
  lemmas: string[];
  predicate: Predicate;
  /** Prepositions that name the object only after a genitive owner (`Russlands krig i Ukraina`). */
  placePrepositions?: string[];
  /** Prepositions that name the object for this noun, instead of the lexicon's (`angrep på byen`). */
  objectPrepositions?: string[];
  /** Lemmas that also trigger as the head of a compound (`krisemøte`, `fredsforhandling`). */
  compoundHeads?: string[];
  example: string;
}

/** A noun that states a flow: `eksport av våpen fra X til Y`, `Russlands tilgang til nordkoreanske granater`. */
export interface FlowNoun {
  id: string;
  lemmas: string[];
  /** Prepositions that introduce the items right after the noun. */
  itemPrepositions: string[];
  /** Whom a genitive before the noun names (`Nord-Koreas eksport`: giver; `Russlands forsyning`: taker). */
  owner: 'giver' | 'taker';
  /** Whether the clause's subject is the taker when nothing else names one (`Russland ønsker tilgang til`). */
  subjectTakes: boolean;
  example: string;
}

export interface RelationLexicon {
  verbs: VerbTrigger[];
  nouns: NounTrigger[];
  flowNouns: FlowNoun[];
  /** Prepositions before the recipient (`til`), the source (`fra`), the item after a recipient (`med`). */
  recipientPrepositions: string[];
  sourcePrepositions: string[];
  itemPrepositions: string[];
  /** `mellom X og Z` */
  betweenPrepositions: string[];
  /** `krigen mot Z`, `sanksjoner mot Z`, `avtale med Z`, `støtte til Z` */
  objectPrepositions: string[];
  /** Word sequences that start the return flow: `i bytte mot`, `til gjengjeld`. */
  returnCues: string[][];
  /**
   * Nouns that make a give verb an idiom rather than a delivery (`gi inntrykk av`, `gi beskjed`): null, no relation;
   * a predicate, the relation the idiom states (`gi store bidrag til X`: supports).
   */
  giveIdioms?: Record<string, Predicate | null>;
  /**
   * Nouns for an act of a body that can act in its place through a relative clause (`en FN-resolusjon som forbyr
   * X ...`, `Sikkerhetsrådet vedtok resolusjoner som sanksjonerer X`): the body that owns or adopts them acts.
   */
  instrumentNouns?: string[];
  /** Verbs that act against what their object noun states (`bryte sanksjonene`): that noun gives no relation. */
  counterVerbs?: string[];
  /** Items the press names by several words, mapped to one (`tropp` -> `soldat`), so the same flow merges. */
  itemSynonyms?: Record<string, string>;
  /** Items that are money: the flow is `pays`, not `supplies`. */
  moneyLemmas: string[];
  /** Units of time after money that make it a rate (`kroner i året`), not what it is paid as. */
  timeUnitLemmas?: string[];
  /** Nouns that measure an item rather than name it (`mengder`, `antall`): skipped when reading items. */
  measureLemmas: string[];
  /** Role nouns between a state and its leader: `Russlands president Vladimir Putin`. */
  leaderRoles: string[];
  /** Words that make the sentence's relations less than asserted, by the certainty they give. */
  certaintyCues: { certainty: Exclude<Certainty, 'asserted'>; lemmas: string[] }[];
  /** Definite nouns for a kind of party and its entity type (`kommunen`: GPE, `selskapet`: ORG), as subjects. */
  partyNouns?: Record<string, 'GPE' | 'ORG'>;
  /**
   * Kind nouns an organisation's own name ends in (`Norges Skiskytterforbund`, `Datatilsynet`, `Åmli Skogeierlag`):
   * the definite noun later (`forbundet`, `tilsynet`, `laget`) stands for the organisation last named with it.
   */
  nameKinds?: string[];
  /**
   * Verbs of delivering whose passive without a recipient (`Turbinene skal leveres av X`) delivers to the company
   * the article is about; other giving (`Konsesjonen ble gitt av departementet`) names no taker that way.
   */
  deliveryLemmas?: string[];
  /** Prepositions after a giving verb that turn the items into weapons against a party (`sendt droner mot X`). */
  againstPrepositions?: string[];
  /** Prepositions that name the agent of a passive (`ilagt et gebyr av direktoratet`). */
  agentPrepositions?: string[];
  /** Nouns for a company (`selskapet`, `firmaet`): they stand for the last name written with a legal form. */
  companyNouns?: string[];
  /** Pronouns that stand for a person as subject (`han`, `hun`): resolved to the person last named. */
  personPronouns: string[];
  /** Plural pronouns that continue the state or body named before (`de`). */
  groupPronouns: string[];
  /**
   * Nouns of a deal (`avtale`, `kontrakt`): in `X har inngått en avtale med Y om å kjøpe Z`, X acts and Y is the
   * other side of the flow the infinitive states.
   */
  dealNouns?: string[];
  /** Verbs of buying a company: with an organisation as object they state an acquisition (`other`), not a flow. */
  acquisitionVerbs?: string[];
  /** Nouns of time that are never what flows (`sendte mandag to helikoptre`, `kjøpte i sommer aksjer`). */
  timeNouns?: string[];
  /** Words that name the source of a report (`ifølge X`): that name is never the one who acts. */
  sourceWords?: string[];
  /** Words that end a clause for role search (`men`, `mens`, `som`). */
  clauseBreaks: string[];
  /**
   * Words that negate the clause they stand in (`sender ikke soldater`, `aldri`, `ingen`): its relations are denied,
   * and a refused alliance (`vil ikke sitte i regjering med X`) is opposition. `notAfter` lists the words that
   * turn a negation into something else when they follow it (`ikke bare`, `ikke minst`); `bounds`, the words
   * besides the clause breaks that a negation does not reach across (`at`, a comma).
   */
  negation?: { words: string[]; notAfter: string[]; bounds: string[] };
}
