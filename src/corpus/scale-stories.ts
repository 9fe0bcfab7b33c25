// Synthetic scale run for story clustering: the labelled set copied with shifted dates, timed per added article.
import { createHash } from 'node:crypto';
import type { ArticleRecord } from '../contract/index.ts';
import { formatDay } from './date-span.ts';
import { inPublicationOrder, type LabelledRecord } from './evaluate-stories.ts';
import { pairwiseScores } from './pairwise-scores.ts';
import { MemoryCorpusRows } from './memory-rows.ts';
import { createStoryClusterer, type StoryClustererOptions } from './story-clusterer.ts';

export interface ScalePoint {
  articles: number;
  /** Mean wall time of `add` over the last `window` articles before this size, in milliseconds. */
  msPerArticle: number;
  stories: number;
  /** The story rows (centroids and members) as JSON, in bytes. */
  stateBytes: number;
}

export interface ScaleRun {
  points: ScalePoint[];
  /** Pairwise F1 against (story, copy) labels; meaningful only in the sparse layout. */
  f1: number;
  precision: number;
  recall: number;
}

/**
 * `spacingDays` apart per copy: 200 keeps copies of one story beyond the join window (each copy a story of its
 * own, so quality can be scored); 1 packs them densely, the cost worst case, where copies merge.
 */
export function syntheticCorpus(
  items: LabelledRecord[],
  size: number,
  spacingDays: number,
): LabelledRecord[] {
  const labels = [...new Set(items.map((item) => item.label))];
  const ordered = inPublicationOrder(items);
  const out: LabelledRecord[] = [];
  for (let copy = 0; out.length < size; copy += 1) {
    for (const item of ordered) {
      if (out.length >= size) break;
      // A per-story jitter so copies of different stories interleave differently each round.
      const jitter = ((labels.indexOf(item.label) * 7 + copy * 13) % 29) - 14;
      const shift = copy * spacingDays + (spacingDays > 60 ? jitter : 0);
      out.push({
        file: `${item.file}#${copy}`,
        label: `${item.label}#${copy}`,
        record: shifted(item.record, copy, shift),
      });
    }
  }
  return inPublicationOrder(out);
}

function shifted(record: ArticleRecord, copy: number, days: number): ArticleRecord {
  const id = createHash('sha1').update(`${record.id}:${copy}`).digest('hex');
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(record.published ?? '');
  if (!match) return { ...record, id };
  const day = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000 + days;
  return { ...record, id, published: formatDay(day) };
}

export function runScale(
  items: LabelledRecord[],
  sizes: number[],
  spacingDays: number,
  options: StoryClustererOptions = {},
  window = 500,
): ScaleRun {
  const total = Math.max(...sizes);
  const corpus = syntheticCorpus(items, total, spacingDays);
  const rows = new MemoryCorpusRows();
  const clusterer = createStoryClusterer({ ...options, rows });
  const stateBytes = () =>
    rows.storyIds().reduce((sum, id) => sum + JSON.stringify([rows.story(id), rows.members(id)]).length, 0);
  const gold = new Map<string, string>();
  const predicted = new Map<string, string>();
  const times: number[] = [];
  const points: ScalePoint[] = [];
  for (const [at, item] of corpus.entries()) {
    const started = process.hrtime.bigint();
    clusterer.add(item.record);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (sizes.includes(at + 1)) {
      const recent = times.slice(-window);
      points.push({
        articles: at + 1,
        msPerArticle: recent.reduce((sum, ms) => sum + ms, 0) / recent.length,
        stories: rows.storyIds().length,
        stateBytes: stateBytes(),
      });
    }
  }
  // Pairwise scoring is quadratic; score the first 2000 articles, which already mix many copies.
  for (const item of corpus.slice(0, 2000)) {
    gold.set(item.file, item.label);
    predicted.set(item.file, clusterer.storyOf(item.record.id) ?? item.file);
  }
  const { f1, precision, recall } = pairwiseScores(gold, predicted);
  return { points, f1, precision, recall };
}
