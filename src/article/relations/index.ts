// The relations stage: leader links, then relation rules over every analysed sentence.
import type { RelationLexicon } from '../../languages/relation-lexicon.ts';
import type { Entity } from '../../contract/index.ts';
import type { CountryNames } from '../../languages/country-names.ts';
import { findLeaders } from './find-leaders.ts';
import { knownLeaders } from './known-leaders.ts';
import { findRelations, type FoundRelation } from './find-relations.ts';
import type { SentenceView } from './sentence-view.ts';

export type { FoundRelation } from './find-relations.ts';
export { viewSentences, type SentenceView } from './sentence-view.ts';

export interface RelationsInput {
  /** The article's sentences with its mentions placed on them (`viewSentences`), shared with the events stage. */
  views: SentenceView[];
  lexicon: RelationLexicon;
  /**
   * Public facts on who led which state (`src/knowledge/leaders.ts`), applied to the article's entities at its date
   * where the text itself says nothing of whom a person leads.
   */
  known?: { entities: Entity[]; date: string; countries: CountryNames };
  /** Last words that make a name a company's (`AS`, `GmbH`): `selskapet` stands for the last one named. */
  companySuffixes?: readonly string[];
}

export interface RelationsResult {
  relations: FoundRelation[];
  /** Person entity id -> the state or organisation they lead, as the text states it. */
  leaderOf: Map<string, string>;
}

export function extractRelations({
  views,
  lexicon,
  known,
  companySuffixes = [],
}: RelationsInput): RelationsResult {
  const leaderOf = findLeaders(views, lexicon.leaderRoles);
  if (known)
    for (const [person, party] of knownLeaders(known.entities, known.date, known.countries))
      if (!leaderOf.has(person)) leaderOf.set(person, party);
  return { relations: findRelations(views, lexicon, leaderOf, companySuffixes), leaderOf };
}
