// Fact merging over the records of one story: relations, events and claims with every source, disagreements, timeline.
import { findDisagreements, type DisagreementOptions } from './find-disagreements.ts';
import { mergeClaims } from './merge-claims.ts';
import { buildTimeline, mergeEvents } from './merge-events.ts';
import { mergeRelations } from './merge-relations.ts';
import type { LinkedRecord, StoryFacts } from './types.ts';

export type * from './types.ts';
export { firmest } from './certainty.ts';
export { isValueCompatible, roundingTolerance } from './value-range.ts';

export function mergeStoryFacts(linked: LinkedRecord[], options: DisagreementOptions = {}): StoryFacts {
  const relations = mergeRelations(linked);
  const events = mergeEvents(linked);
  const claimGroups = mergeClaims(linked);
  return {
    relations,
    events,
    claims: claimGroups.map((g) => g.fact),
    disagreements: findDisagreements(claimGroups, relations, options),
    timeline: buildTimeline(events),
  };
}
