// The cleaner's word lists for one article: every pack's furniture, plus the article language's caption and summary words.
import type { CleaningLexicon, TimeUnit } from '../../languages/cleaning-lexicon.ts';
import { getLanguagePack, listLanguagePacks } from '../../languages/registry.ts';

export interface AgeStampRule {
  pattern: RegExp;
  units: Record<string, TimeUnit>;
  numberWords: Record<string, number>;
}

export interface CleaningRules {
  creditLabels: string[];
  captionPhrases: RegExp[];
  furniture: RegExp[];
  ageStamps: AgeStampRule[];
  relatedHeadings: RegExp[];
  publishedLines: RegExp[];
  datelines: RegExp[];
  summaryHeadings: RegExp[];
  /** Whole-line genre labels (`Kommentar`, `Analyse:`): a kicker above the headline, never the headline. */
  genreLabels: RegExp[];
}

/**
 * Aggregators wrap an article in furniture of any language ("3 hours ago" on a Norwegian page), so furniture and
 * credit labels come from every pack. Caption and summary words come from the article's language, or from every
 * pack while the language is unknown.
 */
export function createCleaningRules(language: string | null): CleaningRules {
  const all = listLanguagePacks().map((pack) => pack.cleaning);
  const own = getLanguagePack(language)?.cleaning;
  const local = own ? [own] : all;
  const union = <T>(lexicons: CleaningLexicon[], pick: (lexicon: CleaningLexicon) => T[]): T[] => [
    ...new Set(lexicons.flatMap(pick)),
  ];
  return {
    creditLabels: union(all, (l) => l.creditLabels),
    captionPhrases: union(local, (l) => l.captionPhrases),
    furniture: union(all, (l) => l.furniture),
    ageStamps: all.flatMap((l) =>
      l.ageStamps.map((pattern) => ({ pattern, units: l.units, numberWords: l.numberWords })),
    ),
    relatedHeadings: union(all, (l) => l.relatedHeadings),
    publishedLines: union(all, (l) => l.publishedLines),
    datelines: union(all, (l) => l.datelines),
    summaryHeadings: union(local, (l) => l.summaryHeadings),
    genreLabels: union(local, (l) => [...l.commentaryLabels, ...l.analysisLabels, ...l.otherLabels]).filter(
      (pattern) => pattern.source.startsWith('^') && pattern.source.endsWith('$'),
    ),
  };
}
