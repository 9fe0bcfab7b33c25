// A story's state and its public description (title, span, articles) derived from it.
import { formatDay, type DaySpan } from './date-span.ts';
import {
  idf,
  topTerms,
  type DocumentFrequencies,
  type SparseVector,
  type TermFrequencies,
} from './sparse-vector.ts';

export interface StoryMember {
  id: string;
  title: string | null;
  published: string | null;
  /** Stemmed headline words, kept to choose the story's title without the article at hand. */
  titleTerms: string[];
}

export interface StoryState {
  id: string;
  words: SparseVector;
  entities: SparseVector;
  span: DaySpan | null;
  articles: StoryMember[];
}

/**
 * Everything the clusterer knew, as plain JSON: schema 4 and older saved it whole. It is still read to convert
 * such a database to rows, and a clusterer can start from it.
 */
export interface StoryClustererState {
  version: 1;
  words: DocumentFrequencies;
  entities: DocumentFrequencies;
  stories: StoryState[];
}

export interface Story {
  id: string;
  /** The headline of the member whose headline best matches the story centroid, else its top terms. */
  title: string;
  from: string | null;
  to: string | null;
  articleIds: string[];
  topTerms: string[];
}

export function describeStory(story: StoryState, words: TermFrequencies): Story {
  return {
    id: story.id,
    title: centralTitle(story, words) ?? topTerms(story.words, 4, words).join(' '),
    from: story.span ? formatDay(story.span.from) : null,
    to: story.span ? formatDay(story.span.to) : null,
    articleIds: story.articles.map((member) => member.id),
    topTerms: topTerms(story.words, 8, words),
  };
}

function centralTitle(story: StoryState, words: TermFrequencies): string | null {
  return centralMember(story.articles, story.words, words)?.title ?? null;
}

/** The member whose headline words weigh most in the IDF-weighted centroid (first such on ties). */
export function centralMember(
  members: StoryMember[],
  centroid: SparseVector,
  words: TermFrequencies,
): StoryMember | undefined {
  let best: StoryMember | undefined;
  let bestScore = -1;
  for (const member of members) {
    if (!member.title || member.titleTerms.length === 0) continue;
    let score = 0;
    for (const term of member.titleTerms) score += (centroid[term] ?? 0) * idf(words, term);
    score /= Math.sqrt(member.titleTerms.length);
    if (score > bestScore) [best, bestScore] = [member, score];
  }
  return best;
}
