// Incremental story clustering: each new article joins the most similar recent story or starts a new one.
import type { ArticleRecord } from '../contract/index.ts';
import { extractFeatures, type ArticleFeatures } from './article-features.ts';
import { daysApart, widenSpan, type DaySpan } from './date-span.ts';
import {
  describeStory,
  type Story,
  type StoryClustererState,
  type StoryMember,
  type StoryState,
} from './story-state.ts';
import {
  addInto,
  countDocument,
  idfCosine,
  prune,
  topTerms,
  unitTermFrequencies,
  type SparseVector,
} from './sparse-vector.ts';
import { StoryIndex } from './story-index.ts';

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
const MAX_POSTINGS = 64;

export interface AddResult {
  storyId: string;
  isNew: boolean;
  /** Similarity to the joined story (0 for a new story). */
  score: number;
  /** Stories absorbed into `storyId` because the article bridged them; their articles now belong to it. */
  merged: string[];
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
  stories(): Story[];
  storyOf(articleId: string): string | undefined;
  toJSON(): StoryClustererState;
}

export function createStoryClusterer(
  options: StoryClustererOptions & { state?: StoryClustererState } = {},
): StoryClusterer {
  const chosen = { ...DEFAULT_STORY_OPTIONS, ...withoutUndefined(options) };
  // Joining and merging are the same decision, "same story?", so by default they share one threshold.
  const settings = { ...chosen, mergeThreshold: options.mergeThreshold ?? chosen.threshold };
  const state: StoryClustererState = options.state
    ? (structuredClone(options.state) as StoryClustererState)
    : { version: 1, words: { documents: 0, df: {} }, entities: { documents: 0, df: {} }, stories: [] };
  const byId = new Map<string, StoryState>();
  const articleStory = new Map<string, string>();
  const index = new StoryIndex(MAX_POSTINGS);
  // Re-indexed oldest first, so the posting lists' recency order is close to the one before saving.
  const byAge = [...state.stories].sort((a, b) => (a.span?.to ?? -Infinity) - (b.span?.to ?? -Infinity));
  for (const story of byAge) {
    byId.set(story.id, story);
    for (const member of story.articles) articleStory.set(member.id, story.id);
    index.add(story.id, indexKeys(story));
  }

  function indexKeys(story: StoryState): string[] {
    return [
      ...topTerms(story.words, INDEX_WORDS, state.words).map((term) => `w:${term}`),
      ...topTerms(story.entities, INDEX_ENTITIES, state.entities).map((term) => `e:${term}`),
    ];
  }

  function similarity(article: ArticleVectors, story: StoryState): number {
    const apart = article.span && story.span ? daysApart(article.span, story.span) : 0;
    if (apart > settings.maxGapDays) return 0;
    const time =
      apart <= settings.graceDays ? 1 : Math.exp(-(apart - settings.graceDays) / settings.decayDays);
    const words = idfCosine(article.words, story.words, state.words);
    const hasEntities = Object.keys(article.entities).length > 0 && Object.keys(story.entities).length > 0;
    if (!hasEntities) return time * words;
    const entities = idfCosine(article.entities, story.entities, state.entities);
    return time * ((1 - settings.entityWeight) * words + settings.entityWeight * entities);
  }

  function rankVectors(article: ArticleVectors): { story: StoryState; score: number }[] {
    const keys = [
      ...topTerms(article.words, QUERY_WORDS, state.words).map((term) => `w:${term}`),
      ...topTerms(article.entities, QUERY_ENTITIES, state.entities).map((term) => `e:${term}`),
    ];
    const ranked: { story: StoryState; score: number }[] = [];
    const inWindow = (storyId: string) => {
      const span = byId.get(storyId)?.span;
      return !article.span || !span || daysApart(article.span, span) <= settings.maxGapDays;
    };
    for (const storyId of index.candidates(keys, settings.maxCandidates, inWindow)) {
      const story = byId.get(storyId);
      if (story) ranked.push({ story, score: similarity(article, story) });
    }
    return ranked.sort((a, b) => b.score - a.score);
  }

  function rank(record: ArticleRecord): { storyId: string; score: number }[] {
    const article = vectorsOf(extractFeatures(record, { titleWeight: settings.titleWeight }));
    return rankVectors(article).map(({ story, score }) => ({ storyId: story.id, score }));
  }

  function add(record: ArticleRecord, how: AddOptions = {}): AddResult {
    const known = articleStory.get(record.id);
    if (known !== undefined) return { storyId: known, isNew: false, score: 1, merged: [] };
    const features = extractFeatures(record, { titleWeight: settings.titleWeight });
    countDocument(state.words, features.words);
    countDocument(state.entities, features.entities);
    const article = vectorsOf(features);
    let best: StoryState | undefined;
    let bestScore = 0;
    let ranked: { story: StoryState; score: number }[] = [];
    if (how.into !== undefined) {
      best = byId.get(how.into);
      bestScore = best ? similarity(article, best) : 0;
    } else {
      ranked = rankVectors(article);
      const top = ranked[0];
      if (top && top.score >= settings.threshold) [best, bestScore] = [top.story, top.score];
    }
    const member: StoryMember = {
      id: record.id,
      title: record.title,
      published: record.published,
      titleTerms: features.titleWords,
    };
    const isNew = !best;
    const story: StoryState = best ?? {
      id: how.into ?? `story-${record.id.slice(0, 12)}`,
      words: {},
      entities: {},
      span: null,
      articles: [],
    };
    addInto(story.words, article.words);
    addInto(story.entities, article.entities);
    story.words = prune(story.words, settings.centroidSize);
    story.entities = prune(story.entities, settings.centroidSize);
    story.span = widenSpan(story.span, features.span);
    story.articles.push(member);
    if (isNew) {
      state.stories.push(story);
      byId.set(story.id, story);
    }
    articleStory.set(record.id, story.id);
    index.add(story.id, indexKeys(story));
    const merged = how.into === undefined ? mergeNeighbour(story, ranked) : undefined;
    const storyId = merged?.into.id ?? story.id;
    return {
      storyId,
      isNew: isNew && !merged,
      score: isNew ? 0 : bestScore,
      merged: merged ? [merged.gone] : [],
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
    story: StoryState,
    ranked: { story: StoryState; score: number }[],
  ): { into: StoryState; gone: string } | undefined {
    const top = ranked[0]?.score ?? 0;
    const best = ranked.find(
      ({ story: other, score }) =>
        other !== story &&
        score >= settings.mergeThreshold &&
        score >= settings.mergeRatio * top &&
        similarity(story, other) >= settings.mergeThreshold,
    )?.story;
    if (!best) return undefined;
    const [into, gone] = best.articles.length > story.articles.length ? [best, story] : [story, best];
    const goneKeys = indexKeys(gone);
    addInto(into.words, gone.words);
    addInto(into.entities, gone.entities);
    into.words = prune(into.words, settings.centroidSize);
    into.entities = prune(into.entities, settings.centroidSize);
    into.span = widenSpan(into.span, gone.span);
    into.articles.push(...gone.articles);
    for (const member of gone.articles) articleStory.set(member.id, into.id);
    state.stories.splice(state.stories.indexOf(gone), 1);
    byId.delete(gone.id);
    index.remove(gone.id, goneKeys);
    index.add(into.id, indexKeys(into));
    return { into, gone: gone.id };
  }

  return {
    add,
    rank,
    story: (id) => {
      const story = byId.get(id);
      return story ? describeStory(story, state.words) : undefined;
    },
    stories: () => state.stories.map((story) => describeStory(story, state.words)),
    storyOf: (articleId) => articleStory.get(articleId),
    toJSON: () => structuredClone(state),
  };
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
