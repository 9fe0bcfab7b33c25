// The relations stage: leader links, then relation rules over every analysed sentence.
import type { Entity } from '../../contract/index.ts';
import type { AnalyzedSentence } from '../../languages/nlp.ts';
import type { RelationLexicon } from '../../languages/relation-lexicon.ts';
import { findLeaders } from './find-leaders.ts';
import { findRelations, type FoundRelation } from './find-relations.ts';
import { viewSentences } from './sentence-view.ts';

export type { FoundRelation } from './find-relations.ts';

export interface RelationsInput {
  sentences: AnalyzedSentence[];
  entities: Entity[];
  lexicon: RelationLexicon;
  /** Entity id of the country a nationality adjective's lemma points to, when the article names it. */
  nationOf?: (lemma: string) => string | undefined;
}

export interface RelationsResult {
  relations: FoundRelation[];
  /** Person entity id -> the state or organisation they lead, as the text states it. */
  leaderOf: Map<string, string>;
}

export function extractRelations({
  sentences,
  entities,
  lexicon,
  nationOf,
}: RelationsInput): RelationsResult {
  const views = viewSentences(sentences, entities, nationOf);
  const leaderOf = findLeaders(views, lexicon.leaderRoles);
  return { relations: findRelations(views, lexicon, leaderOf), leaderOf };
}
