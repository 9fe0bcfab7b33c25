// Hand-made contract records for the corpus tests: a headline, a body, a date, optionally entities.
import { createHash } from 'node:crypto';
import { SCHEMA_VERSION, type ArticleRecord, type Entity } from '../contract/index.ts';
import { extractFeatures } from './article-features.ts';
import { createEntityLinker, type GlobalEntity } from './link/entity-linker.ts';
import { MemoryCorpusRows } from './memory-rows.ts';
import { createStoryClusterer, type StoryClustererState } from './story-clusterer.ts';

export function testRecord(
  title: string,
  body: string,
  published: string | null,
  entities: Entity[] = [],
): ArticleRecord {
  return {
    schema: SCHEMA_VERSION,
    id: createHash('sha1').update(`${title}\n${body}`).digest('hex'),
    source: `test:${title}`,
    title,
    language: 'nb',
    published,
    genre: 'news',
    body,
    removed: [],
    summary: [],
    summaryGiven: [],
    entities,
    quotes: [],
    claims: [],
    events: [],
    relations: [],
  };
}

export function testEntity(name: string, type: Entity['type'] = 'PER'): Entity {
  return { id: name.toLowerCase(), name, type, mentions: [{ start: 0, end: name.length, text: name }] };
}

/**
 * The whole-state JSON that schema 4 saved for these records (clusterer and linker), rebuilt by filing them
 * in memory: what a database written by the old version holds in corpus_state.
 */
export function legacyCorpusState(
  records: ArticleRecord[],
  assign: (record: ArticleRecord, storyId: string, links: Record<string, string>) => void = () => {},
): { clusterer: StoryClustererState; linker: GlobalEntity[] } {
  const rows = new MemoryCorpusRows();
  const clusterer = createStoryClusterer({ rows });
  const linker = createEntityLinker({ rows });
  const state: StoryClustererState = {
    version: 1,
    words: { documents: 0, df: {} },
    entities: { documents: 0, df: {} },
    stories: [],
  };
  for (const record of records) {
    const links = linker.addArticle(record);
    const { storyId } = clusterer.add(record);
    assign(record, storyId, Object.fromEntries(links));
    const features = extractFeatures(record);
    for (const space of ['words', 'entities'] as const) {
      state[space].documents += 1;
      for (const term of features[space].keys()) state[space].df[term] = (state[space].df[term] ?? 0) + 1;
    }
  }
  for (const id of rows.storyIds()) {
    const row = rows.story(id);
    if (!row) continue;
    const articles = rows.members(id).map((m) => ({ ...m, id: m.articleId }));
    state.stories.push({ id, words: row.words, entities: row.entities, span: row.span, articles });
  }
  return { clusterer: JSON.parse(JSON.stringify(state)) as StoryClustererState, linker: linker.entities() };
}
