// Request and response shapes of the API as zod schemas: routes validate with them, the OpenAPI document is built from them.
import { z } from 'zod';
import { genreSchema } from '../contract/index.ts';
import { API_ERRORS } from './api-error.ts';

const isoDatePrefix = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'use YYYY, YYYY-MM or YYYY-MM-DD')
  .describe('inclusive bound on `published`; YYYY, YYYY-MM or YYYY-MM-DD, compared on the common prefix');
const languageCode = z
  .string()
  .regex(/^[a-z]{2}$/, 'use an ISO 639-1 code such as nb, nn, sv')
  .describe('ISO 639-1');
/**
 * Query strings carry text, so numbers are parsed here; an empty value or `1e1` is a mistake, not a number.
 * The meta line makes OpenAPI describe the parameter as the integer a client sends, not as a patterned string.
 */
const count = (max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'give a whole number ≥ 0')
    .transform(Number)
    .pipe(z.number().int().min(0).max(max))
    .meta({ type: 'integer', minimum: 0, maximum: max, pattern: undefined } as Record<string, unknown>);

export const MAX_PAGE_SIZE = 100;
/** Deep paging through OFFSET is linear in the offset; past this, narrow the query instead. */
export const MAX_OFFSET = 100_000;

export const pageQuerySchema = z.strictObject({
  limit: count(MAX_PAGE_SIZE).optional().describe(`items per page, 0–${MAX_PAGE_SIZE}`),
  offset: count(MAX_OFFSET).optional().describe('items to skip first (paging)'),
});

export const searchQuerySchema = z.strictObject({
  q: z
    .string()
    .max(1000)
    .optional()
    .describe('words (all required, stemmed), "a phrase", -word to exclude; empty lists newest first'),
  lang: languageCode.optional(),
  genre: genreSchema.optional(),
  from: isoDatePrefix.optional(),
  to: isoDatePrefix.optional(),
  ...pageQuerySchema.shape,
});

/** ISO 8601 date or date-time as a container would declare it; the pipeline normalises it. */
const declaredDate = z
  .string()
  .regex(
    /^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/,
    'use ISO 8601: YYYY, YYYY-MM, YYYY-MM-DD or a date-time',
  );

/** Metadata a client may declare for the article; it wins over what the text or HTML declares. */
export const ingestMetadataSchema = z.strictObject({
  title: z.string().trim().min(1).max(1000).optional(),
  published: declaredDate.optional(),
  language: languageCode.optional(),
  source: z
    .string()
    .trim()
    .min(1)
    .max(2000)
    .optional()
    .describe('where the article came from; default `http-api`'),
});

const nonBlank = z.string().refine((text) => text.trim() !== '', 'must hold some text');

export const ingestJsonSchema = z
  .strictObject({
    text: nonBlank.optional().describe('the article as plain text, paragraphs separated by blank lines'),
    html: nonBlank.optional().describe('the article page as HTML; the main text is extracted'),
    url: z
      .url({ protocol: /^https?$/ })
      .optional()
      .describe('alone: fetched by the server; with text or html: only recorded as the source'),
    ...ingestMetadataSchema.shape,
  })
  .refine((body) => !(body.text !== undefined && body.html !== undefined), {
    message: 'give text or html, not both',
  })
  .refine((body) => body.text !== undefined || body.html !== undefined || body.url !== undefined, {
    message: 'give text, html or url',
  });

export const ingestResultSchema = z.object({
  id: z.string().describe('the article id (sha1 of the cleaned body)'),
  status: z.enum(['added', 'unchanged']).describe('unchanged: the same body was stored before'),
  location: z.string().describe('where the record is: /api/articles/{id}'),
});

export const errorSchema = z.object({
  error: z.string().describe('for people'),
  code: z.enum(Object.keys(API_ERRORS) as [keyof typeof API_ERRORS]).describe('for programs'),
  details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

const articleSummaryFields = {
  id: z.string(),
  title: z.string().nullable(),
  published: z.string().nullable(),
  language: z.string().nullable(),
  genre: genreSchema,
  source: z.string(),
};

export const snippetSegmentSchema = z.object({
  text: z.string(),
  highlight: z.boolean().describe('true for words that match the query'),
});

export const articleListSchema = z.object({
  items: z.array(
    z.object({ ...articleSummaryFields, excerpt: z.string().describe('the start of the body') }),
  ),
  limit: z.number().int(),
  offset: z.number().int(),
  hasMore: z.boolean(),
});

export const searchResultSchema = z.object({
  items: z.array(
    z.object({
      ...articleSummaryFields,
      score: z.number().describe('higher is better; 0 when listing without words'),
      snippet: z.array(snippetSegmentSchema).describe('body excerpt around the matches, as segments'),
    }),
  ),
  limit: z.number().int(),
  offset: z.number().int(),
  hasMore: z.boolean(),
});

export const statsSchema = z.object({
  articles: z.number().int(),
  byLanguage: z.record(z.string(), z.number().int()),
  byGenre: z.record(z.string(), z.number().int()),
  firstPublished: z.string().nullable(),
  lastPublished: z.string().nullable(),
  schemaVersion: z.number().int(),
});

export const healthSchema = z.object({ status: z.literal('ok') });
