// The shapes of a story's merged facts: every fact lists each article that reported it, with its evidence.
import type { ArticleEvent, ArticleRecord, Certainty, Predicate } from '../../contract/index.ts';

/** One article's record with its local entity ids mapped to global ones (from the entity linker). */
export interface LinkedRecord {
  record: ArticleRecord;
  links: Map<string, string>;
}

/** Where one article states a fact: its evidence span and the text there. */
export interface FactSource {
  articleId: string;
  start: number;
  end: number;
  text: string;
  certainty: Certainty | null;
  /** The evidence is a photo caption the cleaner removed: `text` is the caption's words, the span is empty. */
  fromCaption?: boolean;
}

export interface RelationFact {
  id: string;
  subject: string;
  predicate: Predicate;
  object: string;
  item: string | null;
  date: string | null;
  /** The firmest source's certainty; every source's own is in `sources`. */
  certainty: Certainty;
  sources: FactSource[];
}

export type DatePrecision = 'year' | 'month' | 'day';

export interface EventFact {
  id: string;
  type: ArticleEvent['type'];
  date: string | null;
  precision: DatePrecision | null;
  participants: string[];
  place: string | null;
  text: string;
  sources: FactSource[];
}

export interface ClaimHolder {
  articleId: string;
  holder: string | null;
  holderName: string | null;
}

export interface ClaimFact {
  id: string;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string | null;
  about: string | null;
  certainty: Certainty;
  holders: ClaimHolder[];
  sources: FactSource[];
}

export interface DisagreementSide {
  factId: string;
  kind: 'claim' | 'relation';
  text: string;
  value: number | null;
  min: number | null;
  max: number | null;
  certainty: Certainty;
  holders: ClaimHolder[];
  sources: FactSource[];
}

export interface Disagreement {
  id: string;
  /** `value`: numbers about the same thing differ beyond rounding; `denial`: one side asserts what the other denies. */
  kind: 'value' | 'denial';
  unit: string | null;
  about: string | null;
  sides: [DisagreementSide, DisagreementSide];
}

export interface TimelineEntry {
  eventId: string;
  date: string | null;
  precision: DatePrecision | null;
  type: ArticleEvent['type'];
  participants: string[];
  place: string | null;
  text: string;
  sourceCount: number;
}

export interface StoryFacts {
  relations: RelationFact[];
  events: EventFact[];
  claims: ClaimFact[];
  disagreements: Disagreement[];
  timeline: TimelineEntry[];
}

export type { ArticleRecord };
