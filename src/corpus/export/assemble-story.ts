// Builds one story from contract records: linked entities, merged facts, timeline, disagreements and summary.
import type { ArticleRecord } from '../../contract/index.ts';
import { createEntityLinker, type GlobalEntity } from '../link/entity-linker.ts';
import { mergeStoryFacts, type LinkedRecord, type StoryFacts } from '../facts/index.ts';
import { summarizeStory, type StorySummarySentence } from '../summary/summarize-story.ts';

export interface StoryArticle {
  id: string;
  title: string | null;
  published: string | null;
  source: string;
}

/** One quote of the story with its speaker linked across articles. */
export interface StoryQuote {
  speaker: string | null;
  speakerName: string | null;
  speakerRole: string | null;
  articleId: string;
  text: string;
  kind: 'direct' | 'indirect';
  cue: string | null;
  outlet: string | null;
  start: number;
  end: number;
}

/** The story as exports and the API show it; plain data. */
export interface Story {
  id: string;
  title: string | null;
  /** Earliest and latest publication date of its articles. */
  from: string | null;
  to: string | null;
  articles: StoryArticle[];
  entities: GlobalEntity[];
  facts: StoryFacts;
  /** Quotes grouped by speaker (global entity id; unattributed quotes under null), in article order. */
  quotes: StoryQuote[];
  summary: StorySummarySentence[];
}

export interface AssembleOptions {
  id?: string;
  title?: string | null;
  /**
   * Links already made by the corpus-wide linker at ingest: its entities and, per article id, local id ->
   * global id. Without it the records are linked here, from scratch.
   */
  linked?: { entities: GlobalEntity[]; links: Map<string, Map<string, string>> };
}

/** Treats `records` as one story (until stories come from the store's clusterer). */
export function assembleStory(records: ArticleRecord[], options: AssembleOptions = {}): Story {
  let linked: LinkedRecord[];
  let entities: GlobalEntity[];
  if (options.linked) {
    const { links } = options.linked;
    linked = records.map((record) => ({ record, links: links.get(record.id) ?? new Map<string, string>() }));
    entities = options.linked.entities;
  } else {
    const linker = createEntityLinker();
    linked = records.map((record) => ({ record, links: linker.addArticle(record) }));
    entities = linker.entities();
  }
  const used = new Set(linked.flatMap((l) => [...l.links.values()]));
  const facts = mergeStoryFacts(linked);
  const dates = records
    .map((r) => r.published)
    .filter((d): d is string => d !== null)
    .sort();
  const title = options.title !== undefined ? options.title : centralTitle(linked);
  return {
    id: options.id ?? records[0]?.id ?? 'story',
    title,
    from: dates[0] ?? null,
    to: dates[dates.length - 1] ?? null,
    articles: records.map((r) => ({ id: r.id, title: r.title, published: r.published, source: r.source })),
    entities: entities.filter((e) => used.has(e.id)),
    facts,
    quotes: quotesBySpeaker(linked),
    summary: summarizeStory(records, facts),
  };
}

function quotesBySpeaker(linked: LinkedRecord[]): StoryQuote[] {
  const quotes = linked.flatMap(({ record, links }) =>
    record.quotes.map((q) => ({
      speaker: q.speaker === null ? null : (links.get(q.speaker) ?? q.speaker),
      speakerName: q.speakerName,
      speakerRole: q.speakerRole,
      articleId: record.id,
      text: q.text,
      kind: q.kind,
      cue: q.cue,
      outlet: q.outlet,
      start: q.start,
      end: q.end,
    })),
  );
  // Speakers in order of first appearance; a stable sort keeps each speaker's quotes in article order.
  const firstSeen = new Map<string | null, number>();
  quotes.forEach((q, i) => firstSeen.set(q.speaker, firstSeen.get(q.speaker) ?? i));
  return quotes.sort((a, b) => (firstSeen.get(a.speaker) ?? 0) - (firstSeen.get(b.speaker) ?? 0));
}

/** The headline of the article sharing most entities with the others: the one most about the whole story. */
function centralTitle(linked: LinkedRecord[]): string | null {
  const articlesOf = new Map<string, number>();
  for (const l of linked)
    for (const id of new Set(l.links.values())) articlesOf.set(id, (articlesOf.get(id) ?? 0) + 1);
  let best: { title: string; shared: number } | null = null;
  for (const { record, links } of linked) {
    if (!record.title) continue;
    const shared = [...new Set(links.values())].filter((id) => (articlesOf.get(id) ?? 0) > 1).length;
    if (!best || shared > best.shared) best = { title: record.title, shared };
  }
  return best?.title ?? null;
}
