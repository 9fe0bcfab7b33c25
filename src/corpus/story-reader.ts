// Stories and entities as the API and exports show them, read from the store and the story service's state.
import type { ArticleRecord } from '../contract/index.ts';
import type { StoryReader, StorySummary } from '../server/routes/stories.ts';
import type { CorpusStore, StoredAssignment, StoryRow } from '../store/index.ts';
import { assembleStory, type Story } from './export/index.ts';
import type { GlobalEntity } from './link/entity-linker.ts';
import type { StoryService } from './story-service.ts';

/** One line of the story list, with the short version: the extractive summary of its title article. */
export interface StoryListItem extends StorySummary {
  summary: string[];
}

export interface CorpusReader extends StoryReader {
  listStories(page: { limit: number; offset: number }): Promise<StoryListItem[]>;
  /** The story as exports take it; null for an unknown id. */
  assemble(id: string): Promise<Story | null>;
}

export interface StoryReaderOptions {
  /** Take in articles stored by others (API, another ingest) at most this often; 0 checks on every request. */
  syncEveryMs?: number;
  /** Articles of an entity read in full for its quotes, claims and relations (most recent first). */
  maxEntityArticles?: number;
  /** Source article ids listed on an entity's page (the latest; `sourceCount` gives them all). */
  maxEntitySources?: number;
  /** Sentences of the short version in the list. */
  shortSentences?: number;
  /** Assembled stories kept (least recently used dropped), each until its story row changes. */
  cachedStories?: number;
}

/**
 * `service` may be given lazily: listing reads the store only, so a one-off list (`sakskart stories`) never
 * pays for loading the corpus state; stories and entities load it on first use.
 */
export function createStoryReader(
  store: CorpusStore,
  service: StoryService | (() => Promise<StoryService>),
  options: StoryReaderOptions = {},
): CorpusReader {
  const syncEveryMs = options.syncEveryMs ?? 2000;
  const maxEntityArticles = options.maxEntityArticles ?? 100;
  const maxEntitySources = options.maxEntitySources ?? 1000;
  const shortSentences = options.shortSentences ?? 2;
  const cachedStories = options.cachedStories ?? 500;
  /** Assembled stories by id, with the row version they were built from; Map order is least recent first. */
  const cache = new Map<string, { version: string; story: Story }>();
  let lastSync = -Infinity;
  let loaded: Promise<StoryService> | undefined =
    typeof service === 'function' ? undefined : Promise.resolve(service);
  const corpus = (): Promise<StoryService> => (loaded ??= (service as () => Promise<StoryService>)());

  /** The service, with what other writers stored since the last look taken in. */
  async function fresh(): Promise<StoryService> {
    const ready = await corpus();
    if (Date.now() - lastSync < syncEveryMs) return ready;
    lastSync = Date.now();
    await ready.sync();
    await ready.catchUp();
    return ready;
  }

  async function recordsOf(assignments: StoredAssignment[]): Promise<ArticleRecord[]> {
    const records = await Promise.all(assignments.map((a) => store.getArticle(a.articleId)));
    return records.filter((r): r is ArticleRecord => r !== null);
  }

  async function shortVersion(row: StoryRow): Promise<string[]> {
    if (row.titleArticleId === null) return [];
    const record = await store.getArticle(row.titleArticleId);
    return record?.summary.slice(0, shortSentences) ?? [];
  }

  /**
   * The story as its articles tell it. Its entities are seen from the story: their sources, spellings and
   * roles only as far as its articles go (an entity in 50 000 articles is not listed whole on every page).
   * Kept until the story's row changes (a new member, a merge, a new title).
   */
  async function assemble(id: string): Promise<Story | null> {
    const service = await fresh();
    const found = await store.getStory(id);
    if (!found) return null;
    const { story: row } = found;
    const version = `${row.updatedAt}|${row.articleCount}|${row.title ?? ''}`;
    const cached = cache.get(id);
    cache.delete(id);
    if (cached?.version === version) {
      cache.set(id, cached);
      return cached.story;
    }
    const records = await recordsOf(found.articles);
    const links = new Map(found.articles.map((a) => [a.articleId, new Map(Object.entries(a.links))]));
    // Each entity is read for the articles that link to it, not every article of the story.
    const articlesOf = new Map<string, string[]>();
    for (const a of found.articles) {
      for (const e of new Set(Object.values(a.links))) {
        const list = articlesOf.get(e);
        if (list) list.push(a.articleId);
        else articlesOf.set(e, [a.articleId]);
      }
    }
    const entities = [...articlesOf].flatMap(([e, articleIds]) => service.entity(e, articleIds) ?? []);
    const story = assembleStory(records, { id, title: row.title, linked: { entities, links } });
    cache.set(id, { version, story });
    for (const old of cache.keys()) {
      if (cache.size <= cachedStories) break;
      cache.delete(old);
    }
    return story;
  }

  return {
    assemble,

    async listStories(page) {
      // A loaded service (the server) takes in new articles first; a lazy one is not loaded for a list.
      if (loaded) await fresh();
      const rows = await store.listStories(page);
      return Promise.all(
        rows.map(async (row) => ({
          id: row.id,
          title: row.title,
          from: row.firstPublished,
          to: row.lastPublished,
          articleCount: row.articleCount,
          summary: await shortVersion(row),
        })),
      );
    },

    async getStory(id) {
      const story = await assemble(id);
      if (!story) return null;
      const { facts, ...rest } = story;
      return {
        ...rest,
        articleCount: story.articles.length,
        network: networkOf(story),
        relations: facts.relations,
        events: facts.events,
        timeline: facts.timeline,
        claims: facts.claims,
        disagreements: facts.disagreements,
      };
    },

    async entityName(id) {
      return (await fresh()).entityOverview(id, 0)?.name ?? null;
    },

    async getEntity(id) {
      const service = await fresh();
      const entity = service.entityOverview(id, maxEntitySources);
      if (!entity) return null;
      const assignments = await store.assignmentsOf(entity.sources.slice(-maxEntityArticles));
      const records = await recordsOf(assignments);
      const linksOf = new Map(assignments.map((a) => [a.articleId, a.links]));
      return { ...entity, ...mentionsOf(id, records, linksOf), stories: await storiesOf(assignments) };
    },
  };

  async function storiesOf(assignments: StoredAssignment[]): Promise<StorySummary[]> {
    const rows = await store.storyRows(assignments.map((a) => a.storyId));
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      from: row.firstPublished,
      to: row.lastPublished,
      articleCount: row.articleCount,
    }));
  }
}

/** Entities as nodes (with how many of the story's articles name them), relations as edges. */
function networkOf(story: Story) {
  const inStory = new Set(story.articles.map((a) => a.id));
  const nodes = story.entities.map((e: GlobalEntity) => ({
    id: e.id,
    name: e.name,
    type: e.type,
    articles: e.sources.filter((s) => inStory.has(s)).length,
  }));
  const edges = story.facts.relations.map((r) => ({
    id: r.id,
    source: r.subject,
    target: r.object,
    predicate: r.predicate,
    item: r.item,
    certainty: r.certainty,
    sources: r.sources.length,
  }));
  return { nodes, edges };
}

/** What the entity says and does across its articles, each with the article it comes from. */
function mentionsOf(id: string, records: ArticleRecord[], linksOf: Map<string, Record<string, string>>) {
  const quotes = [];
  const claims = [];
  const relations = [];
  for (const record of records) {
    const links = linksOf.get(record.id) ?? {};
    const global = (local: string | null) => (local === null ? null : (links[local] ?? null));
    for (const q of record.quotes) if (global(q.speaker) === id) quotes.push({ articleId: record.id, ...q });
    for (const c of record.claims) if (global(c.holder) === id) claims.push({ articleId: record.id, ...c });
    for (const r of record.relations) {
      const subject = global(r.subject);
      const object = global(r.object);
      if (subject === id || object === id) relations.push({ articleId: record.id, ...r, subject, object });
    }
  }
  return { quotes, claims, relations };
}
