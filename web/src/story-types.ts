// The story and entity shapes the UI reads: the corpus's fact types, and the pages' plain JSON read defensively.
import type { RelationFact, ClaimFact, Disagreement, TimelineEntry } from '../../src/corpus/facts/types.ts';

export type {
  ClaimFact,
  ClaimHolder,
  Disagreement,
  DisagreementSide,
  FactSource,
  RelationFact,
  TimelineEntry,
} from '../../src/corpus/facts/types.ts';

export interface Sourced {
  text: string;
  sources: string[];
}

export interface GlobalEntity {
  id: string;
  name: string;
  type: string;
  aliases: Sourced[];
  roles: Sourced[];
  sources: string[];
  /** How many articles name it in all; `sources` may list only the latest of them. */
  sourceCount?: number;
  mentionCount: number;
}

export interface StoryQuote {
  speaker: string | null;
  speakerName: string | null;
  speakerRole: string | null;
  articleId: string;
  text: string;
  outlet: string | null;
}

export interface StoryArticle {
  id: string;
  title: string | null;
  published: string | null;
  source: string;
}

export interface StoryDetail {
  id: string;
  title: string | null;
  from: string | null;
  to: string | null;
  articles: StoryArticle[];
  entities: GlobalEntity[];
  relations: RelationFact[];
  claims: ClaimFact[];
  disagreements: Disagreement[];
  timeline: TimelineEntry[];
  quotes: StoryQuote[];
  summary: string[];
}

type Loose = Record<string, unknown>;

function list<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** Accepts facts nested under `facts` (assembleStory) or at the top level; a missing part is an empty list. */
export function toStoryDetail(raw: unknown): StoryDetail {
  const story = (raw ?? {}) as Loose;
  const facts = (story.facts ?? story) as Loose;
  const summary = list<unknown>(story.summary).map((sentence) =>
    typeof sentence === 'string' ? sentence : (text((sentence as Loose).text) ?? ''),
  );
  return {
    id: text(story.id) ?? '',
    title: text(story.title),
    from: text(story.from),
    to: text(story.to),
    articles: list(story.articles),
    entities: list(story.entities),
    relations: list(facts.relations),
    claims: list(facts.claims),
    disagreements: list<Disagreement>(facts.disagreements).filter((d) => Array.isArray(d.sides)),
    timeline: list(facts.timeline),
    quotes: list(story.quotes),
    summary: summary.filter(Boolean),
  };
}

/** An entity page: the linked entity plus whatever lists the corpus layer adds (quotes, claims, stories …). */
export function toEntityDetail(raw: unknown): GlobalEntity & { extra: Loose } {
  const entity = (raw ?? {}) as Loose;
  const inner = (entity.entity ?? entity) as Loose;
  return {
    id: text(inner.id) ?? '',
    name: text(inner.name) ?? '',
    type: text(inner.type) ?? '',
    aliases: list(inner.aliases),
    roles: list(inner.roles),
    sources: list(inner.sources),
    ...(typeof inner.sourceCount === 'number' ? { sourceCount: inner.sourceCount } : {}),
    mentionCount: typeof inner.mentionCount === 'number' ? inner.mentionCount : 0,
    extra: entity,
  };
}
