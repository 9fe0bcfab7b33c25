// Files each newly stored article under its story: entity linking and clustering, persisted with the article.
import type { ArticleRecord } from '../contract/index.ts';
import type { CorpusRows, CorpusStore, CorpusUpdate, IngestResult, StoryMerge } from '../store/index.ts';
import { widenSpan } from './date-span.ts';
import {
  createEntityLinker,
  readEntity,
  readEntityOverview,
  type GlobalEntity,
} from './link/entity-linker.ts';
import { addInto, prune } from './sparse-vector.ts';
import {
  createStoryClusterer,
  DEFAULT_STORY_OPTIONS,
  type StoryClustererOptions,
  type StoryClustererState,
} from './story-clusterer.ts';

/** Names of the whole-state blobs of schema 4 and older, converted to rows on first open. */
export const CLUSTERER_STATE = 'story-clusterer';
export const LINKER_STATE = 'entity-linker';

export interface StoryServiceOptions {
  clusterer?: StoryClustererOptions;
  /** Where to report an article that could not be filed (it is stored anyway and retried on the next open). */
  warn?: (message: string) => void;
}

export interface StoryService {
  /** Stores the record; a new one is filed under its story in the same transaction. */
  put(record: ArticleRecord): Promise<IngestResult>;
  /** Files stored articles that have no story yet (stored by the API or before stories existed). */
  catchUp(): Promise<number>;
  /** Takes in what other writers changed (the state is rows in the store, so only read caches go). */
  sync(): Promise<void>;
  /** Kept for callers of the whole-state days: every filing is saved with its article, so nothing waits. */
  flush(): Promise<void>;
  /** The entity; with `articleIds`, its sources and names only as far as these articles go (a story's view). */
  entity(id: string, articleIds?: string[]): GlobalEntity | undefined;
  /** The entity for its own page: its latest `latest` sources, with totals (see readEntityOverview). */
  entityOverview(id: string, latest: number): GlobalEntity | undefined;
  storyOf(articleId: string): string | undefined;
}

/** Converts state saved whole by an older version to rows, and files any unassigned article, before returning. */
export async function createStoryService(
  store: CorpusStore,
  options: StoryServiceOptions = {},
): Promise<StoryService> {
  const warn = options.warn ?? ((message: string) => process.stderr.write(`sakskart: ${message}\n`));
  const rows = store.corpusRows();
  const clusterer = createStoryClusterer({ ...options.clusterer, rows });
  const linker = createEntityLinker({ rows });

  /** Links and clusters one article, writing its rows; runs inside the store's transaction. */
  function file(record: ArticleRecord): CorpusUpdate {
    const links = linker.addArticle(record);
    const result = clusterer.add(record);
    return {
      assignment: {
        articleId: record.id,
        story: { id: result.storyId, title: result.title, titleArticleId: result.titleArticleId },
        merged: result.merged,
        links: Object.fromEntries(links),
      },
    };
  }

  async function put(record: ArticleRecord): Promise<IngestResult> {
    let filing: Error | undefined;
    try {
      return await store.putArticle(record, {
        onAdded: (added) => {
          try {
            return file(added);
          } catch (error) {
            filing = error as Error;
            throw error;
          }
        },
      });
    } catch (error) {
      if (!filing) throw error;
      // Never lose the article over its story: the filing rolled back; store it unfiled, the next open retries.
      warn(`${record.id.slice(0, 10)}: not filed under a story: ${filing.message}`);
      return store.putArticle(record);
    }
  }

  async function catchUp(): Promise<number> {
    let filed = 0;
    for (;;) {
      const ids = await store.unassignedArticleIds(200);
      const records = (await Promise.all(ids.map((id) => store.getArticle(id)))).filter(
        (r): r is ArticleRecord => r !== null,
      );
      if (records.length === 0) break;
      for (const record of records) {
        try {
          await store.fileStoredArticle(record, file);
        } catch (error) {
          warn(`${record.id.slice(0, 10)}: not filed under a story: ${(error as Error).message}`);
          return filed;
        }
        filed++;
      }
    }
    return filed;
  }

  await convertSavedState(store, rows, options.clusterer);
  await catchUp();
  return {
    put,
    catchUp,
    sync: async () => rows.refresh(),
    flush: async () => {},
    entity: (id, articleIds) => readEntity(rows, id, articleIds),
    entityOverview: (id, latest) => readEntityOverview(rows, id, latest),
    storyOf: (articleId) => clusterer.storyOf(articleId),
  };
}

/**
 * A database filed by schema 4 or older has its corpus state as two JSON blobs saved every so often, plus
 * the assignments and merges since. Once, on the first open with rows empty, the blobs are written into rows,
 * the merges and assignments they lack are replayed, and the blobs are deleted, all in one transaction.
 * Without blobs (never saved), every assignment is replayed. Articles keep their stories and entity ids.
 */
async function convertSavedState(
  store: CorpusStore,
  rows: CorpusRows,
  options: StoryClustererOptions | undefined,
): Promise<void> {
  if (rows.counter('clock') > 0 || rows.counter('documents:words') > 0) return;
  const clustererState = await store.loadCorpusState(CLUSTERER_STATE);
  const linkerState = await store.loadCorpusState(LINKER_STATE);
  if (!clustererState && (await store.assignmentsAfter(0, 1)).length === 0) return;
  // Both were saved in one transaction; should they differ anyway, start over from the assignments.
  const usable = clustererState && linkerState && clustererState.seq === linkerState.seq;
  let saved: StoryClustererState | undefined;
  let entities: GlobalEntity[] = [];
  let seq = 0;
  if (usable) {
    saved = JSON.parse(clustererState.value) as StoryClustererState;
    replayMerges(
      saved,
      await store.mergesAfter(clustererState.seq),
      options?.centroidSize ?? DEFAULT_STORY_OPTIONS.centroidSize,
    );
    entities = JSON.parse(linkerState.value) as GlobalEntity[];
    seq = clustererState.seq;
  }
  const replay: { record: ArticleRecord; storyId: string }[] = [];
  for (;;) {
    const batch = await store.assignmentsAfter(seq, 500);
    if (batch.length === 0) break;
    for (const assignment of batch) {
      seq = assignment.seq;
      const record = await store.getArticle(assignment.articleId);
      if (record) replay.push({ record, storyId: assignment.storyId });
    }
  }
  const converted = await store.inTransaction((into) => {
    into.refresh();
    if (into.counter('clock') > 0 || into.counter('documents:words') > 0) return false; // another process did
    const clusterer = createStoryClusterer({ ...options, rows: into, ...(saved ? { state: saved } : {}) });
    const linker = createEntityLinker({ rows: into, entities });
    for (const { record, storyId } of replay) {
      if (clusterer.storyOf(record.id) !== undefined) continue;
      linker.addArticle(record);
      clusterer.add(record, { into: storyId });
    }
    return true;
  });
  if (converted) await store.deleteCorpusState([CLUSTERER_STATE, LINKER_STATE]);
}

/**
 * Applies merges made after the state was saved, oldest first, so its stories match the stored assignments:
 * a story folded into one the state has is added to it; folded into a newer one, it takes that one's id
 * (the newer articles are replayed into it). The same fold as the clusterer's merge, on its plain JSON.
 */
function replayMerges(state: StoryClustererState, merges: StoryMerge[], centroidSize: number): void {
  for (const { gone, into } of merges) {
    const from = state.stories.find((story) => story.id === gone);
    if (!from) continue;
    const to = state.stories.find((story) => story.id === into);
    if (!to) {
      from.id = into;
      continue;
    }
    addInto(to.words, from.words);
    addInto(to.entities, from.entities);
    to.words = prune(to.words, centroidSize);
    to.entities = prune(to.entities, centroidSize);
    to.span = widenSpan(to.span, from.span);
    to.articles.push(...from.articles);
    state.stories.splice(state.stories.indexOf(from), 1);
  }
}
