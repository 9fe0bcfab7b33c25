// Story clustering evaluation: the labelled fixture set through the real pipeline, scored pairwise.
import { readFile, stat } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleRecord } from '../contract/index.ts';
import { analyzeArticle } from '../article/analyze-article.ts';
import { readSources } from '../sources/index.ts';
import { pairwiseScores, type PairwiseScores } from './pairwise-scores.ts';
import { openSqliteStore, type CorpusRows } from '../store/index.ts';
import { createStoryClusterer, type StoryClustererOptions } from './story-clusterer.ts';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const STORY_FIXTURES = resolve(REPO_ROOT, 'test/fixtures/stories');
export const SEEDS = resolve(REPO_ROOT, '../shared/seeds');
// A fixed clock so relative dates in the texts resolve the same on every run.
const NOW = new Date('2026-06-01T12:00:00Z');

export interface LabelledRecord {
  /** Path relative to the fixture folder, e.g. `storm-ingrid/01-varsel.txt`. */
  file: string;
  label: string;
  record: ArticleRecord;
}

/** Reads a folder of articles through `readSources` + `analyzeArticle`; paths relative to `root`. */
export async function readRecords(
  root: string,
  now: Date | null = NOW,
): Promise<{ file: string; record: ArticleRecord }[]> {
  const records: { file: string; record: ArticleRecord }[] = [];
  const options = now ? { now } : {};
  for await (const result of readSources([root], options)) {
    if (result.kind !== 'article') continue;
    const file = relative(root, result.article.source).split(sep).join('/');
    records.push({ file, record: analyzeArticle(result.article, options) });
  }
  return records;
}

export async function readLabelledSet(root = STORY_FIXTURES): Promise<LabelledRecord[]> {
  const labels = JSON.parse(await readFile(resolve(root, 'labels.json'), 'utf8')) as Record<string, string>;
  const records = await readRecords(root);
  return records.flatMap(({ file, record }) => {
    const label = labels[file];
    return label === undefined ? [] : [{ file, label, record }];
  });
}

/** Publication order as a feed would deliver it: by date, undated last, ties by file name. */
export function inPublicationOrder<T extends { file: string; record: ArticleRecord }>(items: T[]): T[] {
  return [...items].sort((a, b) => {
    const x = a.record.published ?? '9999';
    const y = b.record.published ?? '9999';
    return x < y ? -1 : x > y ? 1 : a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  });
}

export interface StoryRun {
  scores: PairwiseScores;
  labelledStories: number;
  foundStories: number;
  /** Per found story: its title and the labels of its articles. */
  clusters: { title: string; files: string[] }[];
}

/** Clusters in publication order; over `rows` (the store's tables) when given, else in memory. */
export function clusterLabelled(
  items: LabelledRecord[],
  options: StoryClustererOptions = {},
  rows?: CorpusRows,
): StoryRun {
  const clusterer = createStoryClusterer({ ...options, ...(rows ? { rows } : {}) });
  const gold = new Map<string, string>();
  const predicted = new Map<string, string>();
  const ordered = inPublicationOrder(items);
  for (const item of ordered) clusterer.add(item.record);
  // Read stories at the end: a later merge may have moved an article after it was added.
  for (const item of ordered) {
    gold.set(item.file, item.label);
    predicted.set(item.file, clusterer.storyOf(item.record.id) ?? item.file);
  }
  const fileOf = new Map(items.map((item) => [item.record.id, item.file]));
  const clusters = clusterer
    .stories()
    .map((story) => ({ title: story.title, files: story.articleIds.map((id) => fileOf.get(id) ?? id) }));
  return {
    scores: pairwiseScores(gold, predicted),
    labelledStories: new Set(gold.values()).size,
    foundStories: clusterer.stories().length,
    clusters,
  };
}

/** The report printed by `scripts/eval-stories.ts` (and a future `sakskart eval stories`). */
export async function evaluateStories(options: StoryClustererOptions = {}): Promise<string> {
  const items = await readLabelledSet();
  // Through the SQLite tables the ingest path writes (a throwaway in-memory database), not the memory twin.
  const store = openSqliteStore(':memory:');
  let run: StoryRun;
  try {
    run = clusterLabelled(items, options, store.corpusRows());
  } finally {
    await store.close();
  }
  const { precision, recall, f1 } = run.scores;
  const lines = [
    `story clustering on ${items.length} labelled articles (test/fixtures/stories), state in SQLite rows`,
    `pairwise precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}`,
    `stories found ${run.foundStories}, labelled ${run.labelledStories}`,
    '',
  ];
  for (const cluster of run.clusters) {
    const labels = [...new Set(cluster.files.map((file) => file.split('/')[0]))];
    const flag = labels.length > 1 ? '  MIXED' : '';
    lines.push(`- ${cluster.title} (${cluster.files.length}: ${labels.join(', ')})${flag}`);
  }
  if (await exists(SEEDS)) lines.push('', ...(await seedReport(items, options)));
  return lines.join('\n');
}

async function seedReport(labelled: LabelledRecord[], options: StoryClustererOptions): Promise<string[]> {
  // No fixed clock: a relative date in a seed must not be anchored to an arbitrary day; undated stays undated.
  const seeds = inPublicationOrder(await readRecords(SEEDS, null));
  const clusterer = createStoryClusterer(options);
  const lines = [`seeds (${seeds.length} articles, ../shared/seeds) in publication order:`];
  for (const { file, record } of seeds) {
    const { storyId, isNew, score } = clusterer.add(record);
    const how = isNew ? 'new story' : `joins (score ${score.toFixed(2)})`;
    lines.push(`  ${file} [${record.published ?? 'undated'}] -> ${storyId} ${how}`);
  }
  lines.push(`seed stories: ${clusterer.stories().length}`);
  // The same seeds arriving after the labelled set: they must not fall into one of its stories.
  const mixed = createStoryClusterer(options);
  for (const item of inPublicationOrder(labelled)) mixed.add(item.record);
  const labelledStories = new Set(mixed.stories().map((story) => story.id));
  const seedStories = new Set(seeds.map(({ record }) => mixed.add(record).storyId));
  const joined = [...seedStories].filter((id) => labelledStories.has(id)).length;
  lines.push(
    `seeds after the labelled set: ${seedStories.size} stories, ${joined} of them labelled-set stories`,
  );
  return lines;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
