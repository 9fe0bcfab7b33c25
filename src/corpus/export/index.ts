// Story exports as pure functions: JSON, CSV of facts, GraphML of the actor network.
import type { Story } from './assemble-story.ts';
import { storyToCsv } from './story-to-csv.ts';
import { storyToGraphml } from './story-to-graphml.ts';

export {
  assembleStory,
  type AssembleOptions,
  type Story,
  type StoryArticle,
  type StoryQuote,
} from './assemble-story.ts';
export { storyToCsv } from './story-to-csv.ts';
export { storyToGraphml } from './story-to-graphml.ts';

export const EXPORT_FORMATS = ['json', 'csv', 'graphml'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function storyToJson(story: Story): string {
  return `${JSON.stringify(story, null, 2)}\n`;
}

export function exportStory(story: Story, format: ExportFormat): string {
  if (format === 'csv') return storyToCsv(story);
  if (format === 'graphml') return storyToGraphml(story);
  return storyToJson(story);
}
