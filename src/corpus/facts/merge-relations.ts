// Merges relations reported by several articles: same subject, predicate, object and item after linking.
import { firmest, isDenied } from './certainty.ts';
import { globalId, normaliseItem, sourceOf, stemmerFor } from './evidence.ts';
import type { LinkedRecord, RelationFact } from './types.ts';
import { isMorePrecise } from './merge-events.ts';

/** Mutual relations: `A allies B` and `B allies A` are one fact. */
const MUTUAL = new Set(['allies', 'meets']);

/** `Z receives Y from X` is the fact `X supplies Y to Z`: one direction, so both phrasings merge. */
function orient(subject: string, predicate: string, object: string): [string, string, string] {
  if (predicate === 'receives') return [object, 'supplies', subject];
  // One order for a mutual relation, whichever party the sentence named first.
  if (MUTUAL.has(predicate) && object < subject) return [object, predicate, subject];
  return [subject, predicate, object];
}

export function mergeRelations(linked: LinkedRecord[]): RelationFact[] {
  const facts = new Map<string, RelationFact>();
  for (const entry of linked) {
    const stem = stemmerFor(entry.record.language);
    for (const relation of entry.record.relations) {
      const [subject, predicate, object] = orient(
        globalId(entry, relation.subject) ?? relation.subject,
        relation.predicate,
        globalId(entry, relation.object) ?? relation.object,
      );
      const item = normaliseItem(relation.item, stem);
      // A denial is its own fact, so the asserted version keeps its certainty and the two can be flagged.
      const key = [subject, predicate, object, item ?? '', isDenied(relation.certainty) ? 'denied' : ''].join(
        '\u0000',
      );
      let fact = facts.get(key);
      if (!fact) {
        fact = {
          id: `r${facts.size + 1}`,
          subject,
          predicate: predicate as RelationFact['predicate'],
          object,
          item: relation.item,
          date: relation.date,
          certainty: relation.certainty,
          sources: [],
        };
        facts.set(key, fact);
      }
      fact.sources.push(sourceOf(entry.record, relation, relation.certainty));
      fact.certainty = firmest(fact.sources.map((s) => s.certainty));
      if (relation.date !== null && isMorePrecise(relation.date, fact.date)) fact.date = relation.date;
    }
  }
  return [...facts.values()];
}
