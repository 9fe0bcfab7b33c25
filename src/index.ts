// sakskart's public API: re-exports only, one flat surface (see README.md for what each part does).
export * from './contract/index.ts';
export { SakskartError, ERROR_CODES, type ErrorCode } from './errors.ts';

export {
  readSources,
  type ReadOptions,
  type RawArticle,
  type SourceResult,
  type SourceFormat,
} from './sources/index.ts';

export {
  analyzeArticle,
  analyzeArticleWithFindings,
  type AnalyzeOptions,
  type Explanation,
} from './article/analyze-article.ts';
export { runPipeline, STAGES, type ArticleDraft, type Finding, type Stage } from './article/pipeline.ts';

export { identifyLanguage, type LanguageGuess } from './languages/identify/index.ts';
export { getLanguagePack, listLanguagePacks, registerLanguagePack } from './languages/registry.ts';
export type { LanguagePack } from './languages/pack.ts';
export type { NlpPipeline, AnalyzedSentence, AnalyzedToken, Sentence, Token } from './languages/nlp.ts';

export * from './store/index.ts';

export { createApp, startServer, type CreateAppOptions, type StoryReader } from './server/index.ts';
