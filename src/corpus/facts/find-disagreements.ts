// Flags where sources disagree: numbers about the same thing beyond rounding, or one asserting what another denies.
import { listLanguagePacks } from '../../languages/registry.ts';
import { isDenied } from './certainty.ts';
import { isSameSubject, type ClaimGroup } from './merge-claims.ts';
import type { ClaimFact, Disagreement, DisagreementSide, RelationFact } from './types.ts';
import { isValueCompatible } from './value-range.ts';

export interface DisagreementOptions {
  /** Claims from articles published further apart than this (default a year) describe different moments. */
  maxDaysApart?: number;
  /**
   * Sources disputing one figure rarely differ by more than an order of magnitude; a larger gap is more often
   * two different quantities under similar words (a daily rate and a total, a part and the whole).
   */
  maxRatio?: number;
}

/** The largest over the smallest number two quantities name (ranges by their nearest ends). */
function ratioOf(a: ClaimFact, b: ClaimFact): number {
  const lo = (f: ClaimFact) => Math.abs(f.value ?? f.min ?? f.max ?? 0);
  const hi = (f: ClaimFact) => Math.abs(f.value ?? f.max ?? f.min ?? 0);
  const [x, y] = hi(a) < lo(b) ? [hi(a), lo(b)] : [hi(b), lo(a)];
  return x === 0 ? Infinity : y / x;
}

const DAY_MS = 86_400_000;

/** The days a date covers, as [first, last] day numbers: `2022` is the whole year, `2024-06` the month. */
function daysOf(date: string | null): [number, number] | null {
  if (date === null) return null;
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || Number.isNaN(y)) return null;
  const first = Date.UTC(y, (m ?? 1) - 1, d ?? 1) / DAY_MS;
  const last =
    d !== undefined ? first : m !== undefined ? Date.UTC(y, m, 0) / DAY_MS : Date.UTC(y, 11, 31) / DAY_MS;
  return [first, last];
}

/** Whether the articles behind two claims were published close enough to speak of the same time. */
function isTimeOverlapping(a: ClaimGroup, b: ClaimGroup, maxDaysApart: number): boolean {
  for (const x of a.published.map(daysOf)) {
    for (const y of b.published.map(daysOf)) {
      if (x === null || y === null) return true;
      const gap = Math.max(0, y[0] - x[1], x[0] - y[1]);
      if (gap <= maxDaysApart) return true;
    }
  }
  return false;
}

/**
 * Two sides dispute only if they are not one voice. An article that carries both numbers presents them as two
 * different things unless their holders differ and at least one is named: `ukrainsk etterretning` against an
 * unattributed `forsiktige anslag` is a dispute the article reports; two unattributed numbers are not.
 */
function isIndependent(a: ClaimFact, b: ClaimFact): boolean {
  const shared = new Set(
    a.holders.map((h) => h.articleId).filter((id) => b.holders.some((h) => h.articleId === id)),
  );
  if (shared.size === 0) return true;
  const voices = (f: ClaimFact, articleId: string) =>
    f.holders
      .filter((h) => h.articleId === articleId)
      .map((h) => h.holder ?? h.holderName?.toLowerCase().trim() ?? null);
  return [...shared].every((id) => {
    const [va, vb] = [voices(a, id), voices(b, id)];
    const named = va.some((v) => v !== null) || vb.some((v) => v !== null);
    return named && !va.some((v) => vb.includes(v));
  });
}

/** Characters between two figures of one unit that an article sets side by side as estimates of one thing. */
const SIDE_BY_SIDE = 400;
/** Rival estimates side by side stay within a few times each other; a larger gap is a part and its whole. */
const SIDE_BY_SIDE_RATIO = 3;

/**
 * Two figures of the same unit a few sentences apart in one article, from different holders, are usually rival
 * estimates of one quantity (`anslag på 15 000–20 000 falne` ... `ukrainsk etterretning: 42 500`), however
 * differently each is worded.
 */
/** Words for units of time in every language pack (`år`, `måneder`, `years`): durations side by side are not rivals. */
let timeUnits: Set<string> | undefined;
function isTimeUnit(unit: string | null): boolean {
  timeUnits ??= new Set(
    listLanguagePacks().flatMap((p) => Object.keys(p.cleaning.units).map((w) => w.toLowerCase())),
  );
  return unit !== null && timeUnits.has(unit.toLowerCase());
}

function isSideBySide(a: ClaimGroup, b: ClaimGroup): boolean {
  if (a.unitKey === null || a.unitKey !== b.unitKey) return false;
  // `fire års fengsel` beside `i løpet av seks år`: a sentence and a period, not two estimates of one thing.
  if (isTimeUnit(a.fact.unit)) return false;
  return a.fact.sources.some((x) =>
    b.fact.sources.some(
      (y) =>
        x.articleId === y.articleId && Math.max(x.start, y.start) - Math.min(x.end, y.end) <= SIDE_BY_SIDE,
    ),
  );
}

function claimSide(fact: ClaimFact): DisagreementSide {
  const text = fact.sources[0]?.text ?? '';
  const { id, value, min, max, certainty, holders, sources } = fact;
  return { factId: id, kind: 'claim', text, value, min, max, certainty, holders, sources };
}

function relationSide(fact: RelationFact): DisagreementSide {
  const text = fact.sources[0]?.text ?? '';
  const { id, certainty, sources } = fact;
  return {
    factId: id,
    kind: 'relation',
    text,
    value: null,
    min: null,
    max: null,
    certainty,
    holders: [],
    sources,
  };
}

export function findDisagreements(
  claims: ClaimGroup[],
  relations: RelationFact[],
  options: DisagreementOptions = {},
): Disagreement[] {
  const maxDaysApart = options.maxDaysApart ?? 366;
  const maxRatio = options.maxRatio ?? 12;
  const out: Disagreement[] = [];
  const add = (
    kind: Disagreement['kind'],
    unit: string | null,
    about: string | null,
    a: DisagreementSide,
    b: DisagreementSide,
  ) => out.push({ id: `d${out.length + 1}`, kind, unit, about, sides: [a, b] });
  for (const [i, a] of claims.entries()) {
    for (const b of claims.slice(i + 1)) {
      // Without words on what a number describes, two numbers of one unit are not known to be about one thing.
      if (a.terms.length === 0 || b.terms.length === 0) continue;
      const sameThing =
        isSameSubject(a, b) || (isSideBySide(a, b) && ratioOf(a.fact, b.fact) <= SIDE_BY_SIDE_RATIO);
      if (!sameThing || !isTimeOverlapping(a, b, maxDaysApart)) continue;
      const denial = isDenied(a.fact.certainty) !== isDenied(b.fact.certainty);
      if (denial && isValueCompatible(a.fact, b.fact)) {
        add('denial', a.fact.unit, a.fact.about ?? b.fact.about, claimSide(a.fact), claimSide(b.fact));
      } else if (
        !denial &&
        !isValueCompatible(a.fact, b.fact) &&
        ratioOf(a.fact, b.fact) <= maxRatio &&
        isIndependent(a.fact, b.fact)
      ) {
        add('value', a.fact.unit, a.fact.about ?? b.fact.about, claimSide(a.fact), claimSide(b.fact));
      }
    }
  }
  const keyOf = (r: RelationFact) => [r.subject, r.predicate, r.object, r.item ?? ''].join('\u0000');
  const asserted = new Map(relations.filter((r) => !isDenied(r.certainty)).map((r) => [keyOf(r), r]));
  for (const denied of relations.filter((r) => isDenied(r.certainty))) {
    const match = asserted.get(keyOf(denied));
    if (match) add('denial', null, match.item, relationSide(match), relationSide(denied));
  }
  return out;
}
