// What an entity page needs besides the entity itself: the names of the other entities its relations name,
// and the title of every article it cites, so a client never has to show a bare id.
import { z } from 'zod';
import type { Store } from '../store/index.ts';
import type { StoryReader } from './routes/stories.ts';

/** Stories read for names and titles at once (an entity's stories name nearly everything it cites). */
const MAX_STORIES = 10;
/** Lookups one by one for whatever its stories did not name. */
const MAX_SINGLE_LOOKUPS = 40;

export const citedArticleSchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  source: z.string(),
});
export type CitedArticle = z.infer<typeof citedArticleSchema>;

/** The fields the API adds to the corpus layer's entity (documented in the OpenAPI `Entity` schema). */
export const entityReferencesSchema = z.object({
  entityNames: z
    .record(z.string(), z.string())
    .describe('name of every other entity its relations name, by entity id'),
  articles: z
    .array(citedArticleSchema)
    .describe('every article the entity page cites (its sources, quotes, claims, relations), newest first'),
});
export type EntityReferences = z.infer<typeof entityReferencesSchema>;

type Loose = Record<string, unknown>;

function listOf(value: unknown): Loose[] {
  return Array.isArray(value)
    ? value.filter((item): item is Loose => typeof item === 'object' && item !== null)
    : [];
}

function textOf(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** Ids the page names: other entities in its relations, and the articles of everything it lists. */
function referencedIds(entity: Loose): { entities: Set<string>; articles: Set<string> } {
  const self = textOf(entity.id);
  const entities = new Set<string>();
  for (const relation of listOf(entity.relations))
    for (const end of [textOf(relation.subject), textOf(relation.object)])
      if (end !== null && end !== self) entities.add(end);
  const articles = new Set<string>();
  for (const source of Array.isArray(entity.sources) ? entity.sources : [])
    if (typeof source === 'string') articles.add(source);
  for (const item of [...listOf(entity.quotes), ...listOf(entity.claims), ...listOf(entity.relations)]) {
    const articleId = textOf(item.articleId);
    if (articleId !== null) articles.add(articleId);
  }
  return { entities, articles };
}

/**
 * Names and titles for an entity as the corpus layer returns it: first from the stories it is in (one read
 * names most of them), then one lookup per id still missing, at most MAX_SINGLE_LOOKUPS. An id that cannot
 * be resolved is left out; the client falls back to the id.
 */
export async function entityReferences(
  entity: object,
  reader: Pick<StoryReader, 'getStory' | 'getEntity' | 'entityName'>,
  store: Pick<Store, 'getArticle'>,
): Promise<EntityReferences> {
  const loose = entity as Loose;
  const wanted = referencedIds(loose);
  const names = new Map<string, string>();
  const articles = new Map<string, CitedArticle>();
  for (const story of listOf(loose.stories).slice(0, MAX_STORIES)) {
    const storyId = textOf(story.id);
    const full = storyId === null ? null : ((await reader.getStory(storyId)) as Loose | null);
    if (!full) continue;
    for (const other of listOf(full.entities)) {
      const id = textOf(other.id);
      const name = textOf(other.name);
      if (id !== null && name !== null && wanted.entities.has(id)) names.set(id, name);
    }
    for (const article of listOf(full.articles)) {
      const cited = citedArticleSchema.safeParse(article);
      if (cited.success && wanted.articles.has(cited.data.id)) articles.set(cited.data.id, cited.data);
    }
  }
  let lookups = MAX_SINGLE_LOOKUPS;
  for (const id of wanted.entities) {
    if (names.has(id)) continue;
    // A name alone where the reader offers it (cheap, no limit); otherwise the whole entity, a few at most.
    if (reader.entityName) {
      const name = await reader.entityName(id);
      if (name !== null) names.set(id, name);
      continue;
    }
    if (!reader.getEntity || lookups-- <= 0) continue;
    const name = textOf(((await reader.getEntity(id)) as Loose | null)?.name);
    if (name !== null) names.set(id, name);
  }
  for (const id of wanted.articles) {
    if (articles.has(id) || lookups-- <= 0) continue;
    const record = await store.getArticle(id);
    if (record)
      articles.set(id, { id, title: record.title, published: record.published, source: record.source });
  }
  return {
    entityNames: Object.fromEntries(names),
    articles: [...articles.values()].sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '')),
  };
}
