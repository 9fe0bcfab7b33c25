// Incremental story clustering: each new article joins the most similar recent story or starts a new one.
// The state lives in CorpusRows (the store's tables, or memory): one article reads and writes only its rows.
import type { ArticleRecord } from '../contract/index.ts';
import type { CorpusRows, PostedStory, StoryCentroidRow, StoryMemberRow, TermSpace } from '../store/index.ts';
import { extractFeatures, type ArticleFeatures } from './article-features.ts';
import { daysApart, widenSpan, type DaySpan } from './date-span.ts';
import { MemoryCorpusRows } from './memory-rows.ts';
import {
  centralMember,
  describeStory,
  type Story,
  type StoryClustererState,
  type StoryMember,
} from './story-state.ts';
import {
  addInto,
  idfCosine,
  prune,
  topTerms,
  unitTermFrequencies,
  type SparseVector,
  type TermFrequencies,
} from './sparse-vector.ts';

export type { Story, StoryClustererState, StoryMember, StoryState } from './story-state.ts';

export interface StoryClustererOptions {
  /** Join a story when the time-weighted similarity reaches this (0..1). */
  threshold?: number;
  /** Share of the similarity that comes from entities when both sides have some (0..1). */
  entityWeight?: number;
  /** Headline words count this many times a body word. */
  titleWeight?: number;
  /** Days apart within which time does not lower similarity. */
  graceDays?: number;
  /** Beyond the grace period similarity falls by e^-1 per this many days. */
  decayDays?: number;
  /** Stories further apart than this are not candidates at all. */
  maxGapDays?: number;
  /** Candidate stories scored in full per article. */
  maxCandidates?: number;
  /** Terms kept per story centroid. */
  centroidSize?: number;
  /** Merge the updated story with a recent one this similar (default: `threshold`); Infinity turns it off. */
  mergeThreshold?: number;
  /** ... and only when the article is at least this share as similar to that story as to its best one. */
  mergeRatio?: number;
}

export const DEFAULT_STORY_OPTIONS: Required<Omit<StoryClustererOptions, 'mergeThreshold'>> = {
  threshold: 0.18,
  entityWeight: 0.35,
  titleWeight: 3,
  graceDays: 7,
  decayDays: 60,
  maxGapDays: 90,
  maxCandidates: 24,
  centroidSize: 100,
  mergeRatio: 0.7,
};

const INDEX_WORDS = 20;
const INDEX_ENTITIES = 10;
const QUERY_WORDS = 12;
const QUERY_ENTITIES = 8;
/** Stories kept per posting list (the most recently indexed), so lookups stay flat however common a key. */
const MAX_POSTINGS = 64;
/** Members whose headlines compete for the story title: the latest so many, so the cost stays flat. */
const TITLE_MEMBERS = 200;

export interface AddResult {
  storyId: string;
  isNew: boolean;
  /** Similarity to the joined story (0 for a new story). */
  score: number;
  /** Stories absorbed into `storyId` because the article bridged them; their articles now belong to it. */
  merged: string[];
  /** The story's title now (a member headline, else its top terms) and the member it comes from. */
  title: string;
  titleArticleId: string | null;
}

export interface AddOptions {
  /** Put the article in this story (created with this id if unknown) instead of choosing: corrections, replays. */
  into?: string;
}

export interface StoryClusterer {
  add(record: ArticleRecord, options?: AddOptions): AddResult;
  /** Candidate stories for a record with their similarity, best first; changes nothing. */
  rank(record: ArticleRecord): { storyId: string; score: number }[];
  story(id: string): Story | undefined;
  /** Every story (reads every story row: evaluation and tests, not the ingest path). */
  stories(): Story[];
  storyOf(articleId: string): string | undefined;
}

export interface CreateStoryClustererOptions extends StoryClustererOptions {
  /** Where the state lives (default: a fresh in-memory twin of the store's tables). */
  rows?: CorpusRows;
  /** Whole-state JSON of schema 4 and older, written into `rows` first. */
  state?: StoryClustererState;
}

/** Document frequencies of one space as of now, each term read once per use. */
interface Frequencies extends TermFrequencies {
  load(terms: Iterable<string>): void;
}

function frequenciesIn(rows: CorpusRows, space: TermSpace): Frequencies {
  const documents = rows.counter(`documents:${space}`);
  const known = new Map<string, number>();
  const load = (terms: Iterable<string>): void => {
    const missing = [...terms].filter((term) => !known.has(term));
    if (missing.length === 0) return;
    const found = rows.termCounts(space, missing);
    for (const term of missing) known.set(term, found.get(term) ?? 0);
  };
  return {
    documents,
    load,
    count(term) {
      if (!known.has(term)) load([term]);
      return known.get(term) ?? 0;
    },
  };
}

interface Views {
  words: Frequencies;
  entities: Frequencies;
}

export function createStoryClusterer(options: CreateStoryClustererOptions = {}): StoryClusterer {
  const { rows: given, state: saved, ...tuning } = options;
  const chosen = { ...DEFAULT_STORY_OPTIONS, ...withoutUndefined(tuning) };
  // Joining and merging are the same decision, "same story?", so by default they share one threshold.
  const settings = { ...chosen, mergeThreshold: tuning.mergeThreshold ?? chosen.threshold };
  const rows = given ?? new MemoryCorpusRows();
  if (saved) restoreClustererState(rows, saved);

  const views = (): Views => ({
    words: frequenciesIn(rows, 'words'),
    entities: frequenciesIn(rows, 'entities'),
  });

  function similarity(article: ArticleVectors, story: ArticleVectors, f: Views): number {
    const apart = article.span && story.span ? daysApart(article.span, story.span) : 0;
    if (apart > settings.maxGapDays) return 0;
    const time =
      apart <= settings.graceDays ? 1 : Math.exp(-(apart - settings.graceDays) / settings.decayDays);
    const words = idfCosine(article.words, story.words, f.words);
    const hasEntities = Object.keys(article.entities).length > 0 && Object.keys(story.entities).length > 0;
    if (!hasEntities) return time * words;
    const entities = idfCosine(article.entities, story.entities, f.entities);
    return time * ((1 - settings.entityWeight) * words + settings.entityWeight * entities);
  }

  /**
   * Stories sharing at least one key within the time window, by number of shared keys, then most recently
   * indexed; at most `maxCandidates`.
   */
  function candidates(keys: string[], article: ArticleVectors): PostedStory[] {
    const hits = new Map<string, number>();
    const touched = new Map<string, number>();
    const rejected = new Set<string>();
    const inWindow = (posted: PostedStory) =>
      !article.span || !posted.span || daysApart(article.span, posted.span) <= settings.maxGapDays;
    for (const list of rows.postings(keys, MAX_POSTINGS).values()) {
      for (const posted of list) {
        const { storyId } = posted;
        if (rejected.has(storyId)) continue;
        if (!hits.has(storyId) && !inWindow(posted)) {
          rejected.add(storyId);
          continue;
        }
        hits.set(storyId, (hits.get(storyId) ?? 0) + 1);
        touched.set(storyId, posted.touched);
      }
    }
    const recency = (storyId: string) => touched.get(storyId) ?? 0;
    return [...hits.keys()]
      .sort((a, b) => (hits.get(b) ?? 0) - (hits.get(a) ?? 0) || recency(b) - recency(a))
      .slice(0, settings.maxCandidates)
      .map((storyId) => ({ storyId, span: null, touched: recency(storyId) }));
  }

  function rankVectors(article: ArticleVectors, f: Views): { story: StoryCentroidRow; score: number }[] {
    f.words.load(Object.keys(article.words));
    f.entities.load(Object.keys(article.entities));
    const keys = [
      ...topTerms(article.words, QUERY_WORDS, f.words).map((term) => `w:${term}`),
      ...topTerms(article.entities, QUERY_ENTITIES, f.entities).map((term) => `e:${term}`),
    ];
    const found = candidates(keys, article).flatMap(
      ({ storyId, touched }) => rows.story(storyId, touched) ?? [],
    );
    f.words.load(found.flatMap((story) => Object.keys(story.words)));
    f.entities.load(found.flatMap((story) => Object.keys(story.entities)));
    return found
      .map((story) => ({ story, score: similarity(article, story, f) }))
      .sort((a, b) => b.score - a.score);
  }

  function rank(record: ArticleRecord): { storyId: string; score: number }[] {
    rows.refresh();
    const article = vectorsOf(extractFeatures(record, { titleWeight: settings.titleWeight }));
    return rankVectors(article, views()).map(({ story, score }) => ({ storyId: story.id, score }));
  }

  function tick(): number {
    const clock = rows.counter('clock') + 1;
    rows.setCounter('clock', clock);
    return clock;
  }

  /** Saves the story and indexes it under its current top words and entities. */
  function save(story: StoryCentroidRow, f: Views): void {
    story.touched = tick();
    rows.putStory(story);
    rows.post(story.id, indexKeys(story, f), story.touched, MAX_POSTINGS);
  }

  function add(record: ArticleRecord, how: AddOptions = {}): AddResult {
    rows.refresh();
    const known = rows.storyOfArticle(record.id);
    if (known !== undefined) {
      return { storyId: known, isNew: false, score: 1, merged: [], ...titleOf(known, views()) };
    }
    const features = extractFeatures(record, { titleWeight: settings.titleWeight });
    for (const space of ['words', 'entities'] as const) {
      rows.countTerms(
        space,
        [...features[space].keys()].map((term) => [term, 1] as const),
      );
      rows.setCounter(`documents:${space}`, rows.counter(`documents:${space}`) + 1);
    }
    const f = views();
    const article = vectorsOf(features);
    let best: StoryCentroidRow | undefined;
    let bestScore = 0;
    let ranked: { story: StoryCentroidRow; score: number }[] = [];
    if (how.into !== undefined) {
      best = rows.story(how.into);
      bestScore = best ? similarity(article, best, f) : 0;
    } else {
      ranked = rankVectors(article, f);
      const top = ranked[0];
      if (top && top.score >= settings.threshold) [best, bestScore] = [top.story, top.score];
    }
    const isNew = !best;
    const story: StoryCentroidRow = best ?? {
      id: how.into ?? `story-${record.id.slice(0, 12)}`,
      words: {},
      entities: {},
      span: null,
      touched: 0,
      size: 0,
    };
    addInto(story.words, article.words);
    addInto(story.entities, article.entities);
    story.words = prune(story.words, settings.centroidSize);
    story.entities = prune(story.entities, settings.centroidSize);
    story.span = widenSpan(story.span, features.span);
    story.size += 1;
    save(story, f);
    rows.addMember({
      articleId: record.id,
      storyId: story.id,
      title: record.title,
      published: record.published,
      titleTerms: features.titleWords,
    });
    const merged = how.into === undefined ? mergeNeighbour(story, ranked, f) : undefined;
    const final = merged?.into ?? story;
    return {
      storyId: final.id,
      isNew: isNew && !merged,
      score: isNew ? 0 : bestScore,
      merged: merged ? [merged.gone] : [],
      ...titleOf(final.id, f, final),
    };
  }

  /**
   * A single pass cannot undo an early split (two stories begun before the article that links them). When the
   * article just added is about as similar to another story as to its best one (`mergeRatio`), reaches
   * `mergeThreshold` against it, and the two story centroids agree as well, that story is folded into the
   * larger of the two. Centroids alone are not enough: two same-domain stories at the same time (two storms,
   * two trials in one court) have closer centroids than any one article has to the other story.
   */
  function mergeNeighbour(
    story: StoryCentroidRow,
    ranked: { story: StoryCentroidRow; score: number }[],
    f: Views,
  ): { into: StoryCentroidRow; gone: string } | undefined {
    const top = ranked[0]?.score ?? 0;
    const best = ranked.find(
      ({ story: other, score }) =>
        other.id !== story.id &&
        score >= settings.mergeThreshold &&
        score >= settings.mergeRatio * top &&
        similarity(story, other, f) >= settings.mergeThreshold,
    )?.story;
    if (!best) return undefined;
    // Ties keep the story the article joined (as the members' order did when they were one list).
    const [into, gone] = best.size > story.size ? [best, story] : [story, best];
    addInto(into.words, gone.words);
    addInto(into.entities, gone.entities);
    into.words = prune(into.words, settings.centroidSize);
    into.entities = prune(into.entities, settings.centroidSize);
    into.span = widenSpan(into.span, gone.span);
    into.size += gone.size;
    rows.moveMembers(gone.id, into.id);
    rows.unpost(gone.id);
    rows.deleteStory(gone.id);
    save(into, f);
    return { into, gone: gone.id };
  }

  /** The story's title from its latest members' headlines (else its top terms). */
  function titleOf(
    storyId: string,
    f: Views,
    centroid: StoryCentroidRow | undefined = rows.story(storyId),
  ): { title: string; titleArticleId: string | null } {
    if (!centroid) return { title: '', titleArticleId: null };
    const members = rows.members(storyId, TITLE_MEMBERS).map(toMember);
    f.words.load(members.flatMap((m) => m.titleTerms));
    const central = centralMember(members, centroid.words, f.words);
    if (central?.title) return { title: central.title, titleArticleId: central.id };
    return { title: topTerms(centroid.words, 4, f.words).join(' '), titleArticleId: null };
  }

  function story(id: string): Story | undefined {
    const centroid = rows.story(id);
    if (!centroid) return undefined;
    const articles = rows.members(id).map(toMember);
    return describeStory({ ...centroid, articles }, views().words);
  }

  return {
    add,
    rank,
    story,
    stories: () => rows.storyIds().flatMap((id) => story(id) ?? []),
    storyOf: (articleId) => rows.storyOfArticle(articleId),
  };
}

function indexKeys(story: ArticleVectors, f: Views): string[] {
  f.words.load(Object.keys(story.words));
  f.entities.load(Object.keys(story.entities));
  return [
    ...topTerms(story.words, INDEX_WORDS, f.words).map((term) => `w:${term}`),
    ...topTerms(story.entities, INDEX_ENTITIES, f.entities).map((term) => `e:${term}`),
  ];
}

/**
 * Writes whole-state JSON (schema 4 and older) into rows: document frequencies, each story's centroid and
 * members, and the index, rebuilt oldest story first so recency among candidates is close to the original.
 */
export function restoreClustererState(rows: CorpusRows, state: StoryClustererState): void {
  for (const space of ['words', 'entities'] as const) {
    rows.setCounter(`documents:${space}`, rows.counter(`documents:${space}`) + state[space].documents);
    rows.countTerms(space, Object.entries(state[space].df));
  }
  const f: Views = { words: frequenciesIn(rows, 'words'), entities: frequenciesIn(rows, 'entities') };
  const byAge = [...state.stories].sort((a, b) => (a.span?.to ?? -Infinity) - (b.span?.to ?? -Infinity));
  let clock = rows.counter('clock');
  for (const story of byAge) {
    const row: StoryCentroidRow = {
      id: story.id,
      words: story.words,
      entities: story.entities,
      span: story.span,
      touched: (clock += 1),
      size: story.articles.length,
    };
    rows.putStory(row);
    rows.post(story.id, indexKeys(row, f), row.touched, MAX_POSTINGS);
    for (const member of story.articles) {
      rows.addMember({
        articleId: member.id,
        storyId: story.id,
        title: member.title,
        published: member.published,
        titleTerms: member.titleTerms,
      });
    }
  }
  rows.setCounter('clock', clock);
}

function toMember(row: StoryMemberRow): StoryMember {
  return { id: row.articleId, title: row.title, published: row.published, titleTerms: row.titleTerms };
}

interface ArticleVectors {
  words: SparseVector;
  entities: SparseVector;
  span: DaySpan | null;
}

function vectorsOf(features: ArticleFeatures): ArticleVectors {
  return {
    words: unitTermFrequencies(features.words),
    entities: unitTermFrequencies(features.entities),
    span: features.span,
  };
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
