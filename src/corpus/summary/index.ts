// Per-story summary: public API of the folder.
export { summarizeStory } from './summarize-story.ts';
export type { StorySummaryOptions, StorySummarySentence } from './summarize-story.ts';
