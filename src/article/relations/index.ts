// The relations stage: leader links, then relation rules over every analysed sentence.
import type { RelationLexicon } from '../../languages/relation-lexicon.ts';
import { findLeaders } from './find-leaders.ts';
import { findRelations, type FoundRelation } from './find-relations.ts';
import type { SentenceView } from './sentence-view.ts';

export type { FoundRelation } from './find-relations.ts';
export { viewSentences, type SentenceView } from './sentence-view.ts';

export interface RelationsInput {
  /** The article's sentences with its mentions placed on them (`viewSentences`), shared with the events stage. */
  views: SentenceView[];
  lexicon: RelationLexicon;
}

export interface RelationsResult {
  relations: FoundRelation[];
  /** Person entity id -> the state or organisation they lead, as the text states it. */
  leaderOf: Map<string, string>;
}

export function extractRelations({ views, lexicon }: RelationsInput): RelationsResult {
  const leaderOf = findLeaders(views, lexicon.leaderRoles);
  return { relations: findRelations(views, lexicon, leaderOf), leaderOf };
}
