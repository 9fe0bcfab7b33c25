// The per-article pipeline entry: a RawArticle in, a contract record out. Pure: no I/O, no clock.
import { SCHEMA_VERSION, type ArticleRecord } from '../contract/index.ts';
import { getLanguagePack } from '../languages/registry.ts';
import type { RawArticle } from '../sources/raw-article.ts';
import { findCaptionEvents } from './extract/caption-events.ts';
import { emptyExtraction, extractFacts, type Extraction } from './extract/index.ts';
import { hashBody } from './hash-body.ts';
import { runPipeline, type Finding } from './pipeline.ts';
import { summarizeArticle } from './summary/index.ts';

export interface AnalyzeOptions {
  /** Anchor for relative times when the source gives no fetch time (`--now`). */
  now?: Date;
}

/** Which rule or model produced one extracted item, and from which span (`extract --explain`). */
export interface Explanation {
  field: 'entities' | 'quotes' | 'claims' | 'events' | 'relations';
  index: number;
  rule: string;
  start: number;
  end: number;
}

/** The record and what each stage noticed on the way (rule ids for `extract --explain`). */
export function analyzeArticleWithFindings(
  raw: RawArticle,
  options: AnalyzeOptions = {},
): { record: ArticleRecord; findings: Finding[]; explanations: Explanation[] } {
  const { draft, findings } = runPipeline(raw, options.now ?? null);
  let facts: Extraction;
  try {
    facts = extractFacts(
      { body: draft.body, published: draft.published, title: draft.title },
      getLanguagePack(draft.language),
    );
  } catch (error) {
    // A failing extractor costs this article its facts, not its text: the cleaned record is still worth keeping.
    findings.push({
      rule: 'extract/failed',
      message: error instanceof Error ? error.message : String(error),
    });
    facts = emptyExtraction();
  }
  if (facts.nlpError) findings.push({ rule: 'extract/nlp-failed', message: facts.nlpError });
  for (const failure of facts.failures ?? [])
    findings.push({ rule: 'extract/step-failed', message: failure });
  const pack = getLanguagePack(draft.language);
  let captionEvents: ArticleRecord['captionEvents'] = [];
  try {
    captionEvents = findCaptionEvents(draft.removed, facts.entities, draft.published, pack);
  } catch (error) {
    findings.push({
      rule: 'extract/step-failed',
      message: `caption events: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
  const record: ArticleRecord = {
    schema: SCHEMA_VERSION,
    id: hashBody(draft.body),
    source: raw.source,
    title: draft.title,
    language: draft.language,
    published: draft.published,
    genre: draft.genre,
    body: draft.body,
    removed: draft.removed,
    summary: summarizeArticle({
      body: draft.body,
      title: draft.title,
      summaryGiven: draft.summaryGiven,
      language: draft.language,
      ...(facts.sentences.length
        ? { sentences: facts.sentences.map(({ start, end }) => ({ start, end })) }
        : {}),
    }),
    summaryGiven: draft.summaryGiven,
    entities: facts.entities,
    quotes: facts.quotes.map(({ rule: _rule, ...quote }) => quote),
    claims: facts.claims.map(({ rule: _rule, quantityRule: _quantityRule, ...claim }) => claim),
    events: facts.events.map(({ rule: _rule, ...event }) => event),
    relations: facts.relations.map(({ rule: _rule, ...relation }) => relation),
    ...(captionEvents.length ? { captionEvents } : {}),
  };
  return { record, findings, explanations: explain(facts) };
}

export function analyzeArticle(raw: RawArticle, options: AnalyzeOptions = {}): ArticleRecord {
  return analyzeArticleWithFindings(raw, options).record;
}

function explain(facts: Extraction): Explanation[] {
  const out: Explanation[] = [];
  facts.entities.forEach((e, index) => {
    const first = e.mentions[0];
    if (first)
      out.push({
        field: 'entities',
        index,
        rule: 'model/ner+entities/link-mentions',
        start: first.start,
        end: first.end,
      });
  });
  const add = (field: Explanation['field'], items: { rule: string; start: number; end: number }[]) =>
    items.forEach(({ rule, start, end }, index) => out.push({ field, index, rule, start, end }));
  add('quotes', facts.quotes);
  add(
    'claims',
    facts.claims.map((c) => ({ ...c, rule: `${c.rule} (${c.quantityRule})` })),
  );
  add('events', facts.events);
  add('relations', facts.relations);
  return out;
}
