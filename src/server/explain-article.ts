// `GET /api/articles/:id?explain=1`: which rule or model found each item of a stored record (the rule ids of
// `sakskart extract --explain`). Rule ids are not stored, so the stored body is analysed again by the current
// pipeline and each of its items is matched to the stored item at the same span.
import { z } from 'zod';
import { analyzeArticleWithFindings, type Explanation } from '../article/analyze-article.ts';
import type { ArticleRecord } from '../contract/index.ts';

const EXPLAINED_FIELDS = ['entities', 'quotes', 'claims', 'events', 'relations'] as const;

export const explanationSchema = z.object({
  field: z.enum(EXPLAINED_FIELDS),
  index: z.number().int().describe("the item's position in that list of the returned record"),
  rule: z.string().describe('the rule or model that produced it, as `sakskart extract --explain` names it'),
  start: z.number().int(),
  end: z.number().int(),
});

export const articleExplanationSchema = z
  .object({
    explanations: z.array(explanationSchema),
    findings: z
      .array(z.object({ rule: z.string(), message: z.string() }))
      .describe('what went wrong in extraction, if anything (a failed step)'),
  })
  .describe(
    'Rule ids from analysing the stored body again with the current pipeline; an item it no longer finds at ' +
      'the same span has no explanation',
  );
export type ArticleExplanation = z.infer<typeof articleExplanationSchema>;

/** Where each item of a record sits: entities by their first mention, the rest by their own span. */
function spanOf(record: ArticleRecord, field: Explanation['field'], index: number): string | null {
  if (field === 'entities') {
    const mention = record.entities[index]?.mentions[0];
    return mention ? `${mention.start}:${mention.end}` : null;
  }
  const item = record[field][index];
  return item ? `${item.start}:${item.end}` : null;
}

export function explainArticle(record: ArticleRecord): ArticleExplanation {
  const again = analyzeArticleWithFindings({
    source: record.source,
    format: 'text',
    text: record.body,
    title: record.title,
    published: record.published,
    language: record.language,
    byline: null,
    fetchedAt: record.published,
    url: null,
  });
  const sameBody = again.record.body === record.body;
  const storedAt = new Map<string, number>();
  for (const field of EXPLAINED_FIELDS)
    for (let index = 0; index < record[field].length; index++) {
      const span = spanOf(record, field, index);
      if (span !== null && !storedAt.has(`${field}@${span}`)) storedAt.set(`${field}@${span}`, index);
    }
  const explanations: Explanation[] = [];
  // A body the cleaner changes again would shift every span: then nothing can be matched honestly.
  if (sameBody)
    for (const explanation of again.explanations) {
      const index = storedAt.get(`${explanation.field}@${explanation.start}:${explanation.end}`);
      if (index !== undefined) explanations.push({ ...explanation, index });
    }
  return {
    explanations,
    findings: again.findings
      .filter((finding) => finding.rule.startsWith('extract/'))
      .map(({ rule, message }) => ({ rule, message })),
  };
}
