// Per-article extractive summary (the contract's `summary`) and ROUGE: public API of the stage.
export { summarizeArticle, summaryLength, SUMMARY_WEIGHTS } from './summarize-article.ts';
export type { SummaryInput } from './summarize-article.ts';
export { rougeN, rougeTokens } from './rouge.ts';
export type { RougeScore } from './rouge.ts';
