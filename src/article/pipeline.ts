// The per-article pipeline: the draft that flows through the stages, and the ordered stage list.
import type { Genre, Removed } from '../contract/index.ts';
import type { RawArticle } from '../sources/raw-article.ts';
import type { TimeOffset } from '../languages/time.ts';
import { languageStage } from './metadata/detect-language.ts';
import { cleanStage } from './clean/index.ts';
import { metadataStage } from './metadata/index.ts';

/** Something a stage noticed, with the id of the rule that noticed it (for `extract --explain`). */
export interface Finding {
  rule: string;
  message: string;
  /** The text the finding is about, when there is one. */
  text?: string;
}

/** Publication evidence the cleaner found in the furniture it removed. */
export interface Stamps {
  /** `date 2023-09` marker: ISO date as written. */
  marker?: string;
  /** The date part of a `Publisert ...` dateline, as written. */
  publishedText?: string;
  /** Another dateline (`Oppdatert 13. november 2025 kl. 15.40`), as written: the latest the article can be from. */
  updatedText?: string;
  /** An aggregator age stamp (`3 hours ago`): how long before the fetch the article appeared. */
  age?: TimeOffset;
}

export interface ArticleDraft {
  raw: RawArticle;
  /** The caller's anchor for relative times (`--now`); trusted unless the text contradicts it. */
  now: Date | null;
  language: string | null;
  title: string | null;
  body: string;
  removed: Removed[];
  summaryGiven: string[];
  stamps: Stamps;
  published: string | null;
  genre: Genre;
}

export interface StageContext {
  report(finding: Finding): void;
}

/** A pure step: reads the draft, returns the fields it sets. Never throws for a bad article; reports instead. */
export interface Stage {
  id: string;
  run(draft: Readonly<ArticleDraft>, context: StageContext): Partial<ArticleDraft>;
}

/** Language first (the cleaner picks caption and summary words by it), then cleaning, then the metadata. */
export const STAGES: readonly Stage[] = [languageStage, cleanStage, metadataStage];

export function createDraft(raw: RawArticle, now: Date | null): ArticleDraft {
  return {
    raw,
    now,
    language: null,
    title: raw.title,
    body: raw.text,
    removed: [],
    summaryGiven: [],
    stamps: {},
    published: null,
    genre: 'news',
  };
}

export function runPipeline(
  raw: RawArticle,
  now: Date | null,
  stages: readonly Stage[] = STAGES,
): { draft: ArticleDraft; findings: Finding[] } {
  const findings: Finding[] = [];
  const context: StageContext = { report: (finding) => findings.push(finding) };
  let draft = createDraft(raw, now);
  for (const stage of stages) draft = { ...draft, ...stage.run(draft, context) };
  return { draft, findings };
}
