// Files each newly stored article under its story: entity linking and clustering, persisted with the article.
import type { ArticleRecord } from '../contract/index.ts';
import type { CorpusStore, CorpusUpdate, IngestResult, StoryMerge } from '../store/index.ts';
import { widenSpan } from './date-span.ts';
import { createEntityLinker, type EntityLinker, type GlobalEntity } from './link/entity-linker.ts';
import { addInto, prune } from './sparse-vector.ts';
import {
  createStoryClusterer,
  DEFAULT_STORY_OPTIONS,
  type StoryClusterer,
  type StoryClustererOptions,
  type StoryClustererState,
} from './story-clusterer.ts';

export const CLUSTERER_STATE = 'story-clusterer';
export const LINKER_STATE = 'entity-linker';

export interface StoryServiceOptions {
  /**
   * Assignments are always saved with their article; the whole clusterer and linker state (which grows with
   * the corpus) only every so often, and on open the assignments and merges since are replayed. The state is
   * saved once `max(saveEvery, saveShare × articles filed)` articles are unsaved, so its cost per article
   * stays flat as the corpus grows, and `flush` saves it at once.
   */
  saveEvery?: number;
  saveShare?: number;
  clusterer?: StoryClustererOptions;
  /** Where to report an article that could not be filed (it is stored anyway and retried on the next open). */
  warn?: (message: string) => void;
}

export interface StoryService {
  /** Stores the record; a new one is filed under its story in the same transaction. */
  put(record: ArticleRecord): Promise<IngestResult>;
  /** Files stored articles that have no story yet (stored by the API or before stories existed). */
  catchUp(): Promise<number>;
  /** Takes in assignments written by another process since the state was loaded. */
  sync(): Promise<void>;
  /** Saves the state now (call before closing the store). */
  flush(): Promise<void>;
  entity(id: string): GlobalEntity | undefined;
  storyOf(articleId: string): string | undefined;
}

/** Restores the saved state (replaying what it lacks) and files any unassigned article before returning. */
export async function createStoryService(
  store: CorpusStore,
  options: StoryServiceOptions = {},
): Promise<StoryService> {
  const saveEvery = Math.max(1, options.saveEvery ?? 100);
  const saveShare = Math.max(0, options.saveShare ?? 0.02);
  const centroidSize = options.clusterer?.centroidSize ?? DEFAULT_STORY_OPTIONS.centroidSize;
  const warn = options.warn ?? ((message: string) => process.stderr.write(`sakskart: ${message}\n`));
  let linker: EntityLinker;
  let clusterer: StoryClusterer;
  /** The last assignment seq the in-memory state includes. */
  let seq = 0;
  let unsaved = 0;

  async function load(): Promise<void> {
    const clustererState = await store.loadCorpusState(CLUSTERER_STATE);
    const linkerState = await store.loadCorpusState(LINKER_STATE);
    // Both are saved in one transaction; should they differ anyway, start over from the assignments.
    const usable = clustererState && linkerState && clustererState.seq === linkerState.seq;
    let saved: StoryClustererState | undefined;
    if (usable) {
      saved = JSON.parse(clustererState.value) as StoryClustererState;
      replayMerges(saved, await store.mergesAfter(clustererState.seq), centroidSize);
    }
    clusterer = createStoryClusterer({ ...options.clusterer, ...(saved ? { state: saved } : {}) });
    linker = createEntityLinker(usable ? { entities: JSON.parse(linkerState.value) as GlobalEntity[] } : {});
    seq = usable ? clustererState.seq : 0;
    await sync();
  }

  async function sync(): Promise<void> {
    for (;;) {
      const batch = await store.assignmentsAfter(seq, 500);
      if (batch.length === 0) return;
      for (const assignment of batch) {
        const record = await store.getArticle(assignment.articleId);
        seq = assignment.seq;
        if (!record || clusterer.storyOf(record.id) !== undefined) continue;
        linker.addArticle(record);
        clusterer.add(record, { into: assignment.storyId });
        unsaved++;
      }
    }
  }

  function state(): Record<string, string> {
    unsaved = 0;
    return {
      [CLUSTERER_STATE]: JSON.stringify(clusterer.toJSON()),
      [LINKER_STATE]: JSON.stringify(linker.entities()),
    };
  }

  /** Links and clusters one article; pure in memory, so it can run inside the store's transaction. */
  function file(record: ArticleRecord): CorpusUpdate {
    const links = linker.addArticle(record);
    const result = clusterer.add(record);
    const story = clusterer.story(result.storyId);
    unsaved++;
    const update: CorpusUpdate = {
      assignment: {
        articleId: record.id,
        story: { id: result.storyId, title: story?.title ?? record.title },
        merged: result.merged,
        links: Object.fromEntries(links),
      },
    };
    if (unsaved >= Math.max(saveEvery, saveShare * seq)) update.state = state();
    return update;
  }

  async function put(record: ArticleRecord): Promise<IngestResult> {
    let failed = false;
    try {
      const result = await store.putArticle(record, {
        onAdded: (added) => {
          try {
            return file(added);
          } catch (error) {
            // Never lose the article over its story: store it unfiled; the next open retries it.
            failed = true;
            warn(`${added.id.slice(0, 10)}: not filed under a story: ${(error as Error).message}`);
            return undefined;
          }
        },
      });
      if (failed) await load();
      else if (result.status === 'added') seq = Math.max(seq, await lastSeqOf(record.id));
      return result;
    } catch (error) {
      // The transaction rolled back: the in-memory state may hold the article; take it from the store again.
      await load();
      throw error;
    }
  }

  async function lastSeqOf(articleId: string): Promise<number> {
    const [assignment] = await store.assignmentsOf([articleId]);
    return assignment?.seq ?? seq;
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
        let update: CorpusUpdate;
        try {
          update = file(record);
        } catch (error) {
          warn(`${record.id.slice(0, 10)}: not filed under a story: ${(error as Error).message}`);
          await load();
          return filed;
        }
        const stored = await store.saveStoryAssignment(update.assignment);
        seq = Math.max(seq, stored.seq);
        if (update.state) await store.saveCorpusState(update.state);
        filed++;
      }
    }
    return filed;
  }

  async function flush(): Promise<void> {
    if (unsaved > 0) await store.saveCorpusState(state());
  }

  await load();
  await catchUp();
  return {
    put,
    catchUp,
    sync,
    flush,
    entity: (id) => linker.get(id),
    storyOf: (articleId) => clusterer.storyOf(articleId),
  };
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
