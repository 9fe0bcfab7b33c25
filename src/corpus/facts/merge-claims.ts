// Merges claims reported by several articles: same unit, overlapping subject, values equal within rounding.
import type { Claim } from '../../contract/index.ts';
import { firmest, isDenied } from './certainty.ts';
import { globalId, normaliseItem, sourceOf, stemmerFor, termOverlap, termsOf } from './evidence.ts';
import type { ClaimFact, ClaimHolder, LinkedRecord } from './types.ts';
import { isValueCompatible } from './value-range.ts';
import { functionWordsFor } from './function-words.ts';

/**
 * How much of the shorter `about` must recur in the other for two claims to be about the same thing. Low on
 * purpose: paraphrases share few words (`personelltap` / `døde soldater`); the unit, the rounding, the ratio
 * and the one-voice checks of the disagreement finder do the rest.
 */
export const SUBJECT_OVERLAP = 0.4;

/** A claim fact with what comparing needs: unit and subject terms as stems, and the articles' dates. */
export interface ClaimGroup {
  fact: ClaimFact;
  unitKey: string | null;
  terms: string[];
  published: (string | null)[];
}

function subjectTerms(
  claim: Claim,
  unitKey: string | null,
  stem: (w: string) => string,
  language: string | null,
): string[] {
  const unitTerms = new Set(unitKey?.split(' ') ?? []);
  return termsOf(claim.about ?? claim.text, stem, functionWordsFor(language)).filter(
    (t) => !unitTerms.has(t),
  );
}

export function isSameSubject(a: ClaimGroup, b: ClaimGroup): boolean {
  if (a.unitKey !== b.unitKey) return false;
  if (a.terms.length === 0 && b.terms.length === 0) return true;
  return termOverlap(a.terms, b.terms) >= SUBJECT_OVERLAP;
}

export function mergeClaims(linked: LinkedRecord[]): ClaimGroup[] {
  const groups: ClaimGroup[] = [];
  for (const entry of linked) {
    const stem = stemmerFor(entry.record.language);
    for (const claim of entry.record.claims) {
      const unitKey = normaliseItem(claim.unit, stem);
      const probe: ClaimGroup = {
        fact: {
          id: '',
          value: claim.value,
          min: claim.min,
          max: claim.max,
          unit: claim.unit,
          about: claim.about,
          certainty: claim.certainty,
          holders: [],
          sources: [],
        },
        unitKey,
        terms: subjectTerms(claim, unitKey, stem, entry.record.language),
        published: [entry.record.published],
      };
      const holder: ClaimHolder = {
        articleId: entry.record.id,
        holder: globalId(entry, claim.holder),
        holderName: claim.holderName,
      };
      const target = groups.find(
        (g) =>
          isDenied(g.fact.certainty) === isDenied(claim.certainty) &&
          isSameSubject(g, probe) &&
          isValueCompatible(g.fact, claim),
      );
      const group = target ?? probe;
      if (!target) groups.push(group);
      else group.published.push(entry.record.published);
      group.fact.holders.push(holder);
      group.fact.sources.push(sourceOf(entry.record, claim, claim.certainty));
      group.fact.certainty = firmest(group.fact.sources.map((s) => s.certainty));
      // A merged fact shows the most specific number: a value beats a range, a range beats nothing.
      if (group.fact.value === null && claim.value !== null) {
        Object.assign(group.fact, { value: claim.value, min: null, max: null });
      }
      for (const term of probe.terms) if (!group.terms.includes(term)) group.terms.push(term);
    }
  }
  groups.forEach((g, i) => (g.fact.id = `c${i + 1}`));
  return groups;
}
