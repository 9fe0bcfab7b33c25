// Turns a parsed query into an FTS5 MATCH expression over stemmed words; user text never reaches MATCH raw.
import type { ParsedQuery, QueryTerm } from '../parse-search-query.ts';
import type { Stem, StemmingGroup } from '../stemming.ts';

/** The MATCH expression, or null when the query requires nothing (empty, or exclusions only). */
export function buildMatchExpression(query: ParsedQuery, groups: readonly StemmingGroup[]): string | null {
  if (query.include.length === 0) return null;
  return branches(groups, (stem) => {
    let expression = query.include.map((term) => quoteTerm(term, stem)).join(' AND ');
    for (const term of query.exclude) expression = `(${expression}) NOT ${quoteTerm(term, stem)}`;
    return expression;
  });
}

/** Only the exclusions, OR-ed: what an exclusions-only query removes from the listing. */
export function buildExcludeExpression(query: ParsedQuery, groups: readonly StemmingGroup[]): string | null {
  if (query.exclude.length === 0) return null;
  return branches(groups, (stem) => query.exclude.map((term) => quoteTerm(term, stem)).join(' OR '));
}

/** The stems of the query's required words under one stemmer: the words a snippet highlights. */
export function matchedStems(query: ParsedQuery, stem: Stem): Set<string> {
  return new Set(query.include.flatMap((term) => term.words.map(stem)));
}

// One branch per distinct stemming of the query, each limited to the articles indexed with that stemming;
// packs that stem the query alike (nb and nn share Snowball) share a branch.
function branches(groups: readonly StemmingGroup[], build: (stem: Stem) => string): string {
  const codesByExpression = new Map<string, string[]>();
  for (const group of groups) {
    const expression = build(group.stem);
    codesByExpression.set(expression, [...(codesByExpression.get(expression) ?? []), group.code]);
  }
  return [...codesByExpression]
    .map(
      ([expression, codes]) =>
        `(stemming : (${codes.map(quote).join(' OR ')}) AND {title body} : (${expression}))`,
    )
    .join(' OR ');
}

// A term is one FTS5 string (a phrase when it has several words). Quoting makes AND, OR, NOT, NEAR plain words.
function quoteTerm(term: QueryTerm, stem: Stem): string {
  return quote(term.words.map(stem).join(' '));
}

function quote(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}
