// The extraction contract (schema 1, ../shared/contract/extract.md) as a runtime schema; the types derive from it.
import { z } from 'zod';

export const SCHEMA_VERSION = 1 as const;

const span = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };
const certainty = z.enum(['asserted', 'reported', 'estimated', 'hedged', 'denied']);
const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD');

export const genreSchema = z.enum(['news', 'commentary', 'interview', 'analysis', 'other']);
export const entityTypeSchema = z.enum(['PER', 'ORG', 'LOC', 'GPE', 'PROD', 'EVT', 'DRV', 'MISC']);

export const removedSchema = z.object({ text: z.string(), why: z.string() });

export const mentionSchema = z.object({ ...span, text: z.string() });

export const entitySchema = z.object({
  id: z.string(),
  name: z.string(),
  type: entityTypeSchema,
  mentions: z.array(mentionSchema),
});

export const quoteSchema = z.object({
  speaker: z.string().nullable(),
  speakerName: z.string().nullable(),
  speakerRole: z.string().nullable(),
  text: z.string(),
  kind: z.enum(['direct', 'indirect']),
  cue: z.string().nullable(),
  outlet: z.string().nullable(),
  ...span,
});

export const claimSchema = z.object({
  value: z.number().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  unit: z.string().nullable(),
  text: z.string(),
  about: z.string().nullable(),
  holder: z.string().nullable(),
  holderName: z.string().nullable(),
  certainty,
  ...span,
});

export const eventSchema = z.object({
  type: z.enum(['meeting', 'visit', 'agreement', 'delivery', 'attack', 'statement', 'sanction', 'other']),
  date: isoDate.nullable(),
  participants: z.array(z.string()),
  place: z.string().nullable(),
  text: z.string(),
  ...span,
});

/**
 * An event a photo caption states (`... 19. juni i år. Det var under dette besøket at landene inngikk en avtale`):
 * captions leave the body, but their dated facts belong on a story's timeline. `removed` is the index of the caption
 * in `removed`; the span is into that caption's text; participants and place are the body's entity ids.
 */
export const captionEventSchema = eventSchema.extend({ removed: z.number().int().nonnegative() });

export const predicateSchema = z.enum([
  'supplies',
  'receives',
  'pays',
  'allies',
  'meets',
  'sanctions',
  'attacks',
  'supports',
  'opposes',
  'other',
]);

export const relationSchema = z.object({
  subject: z.string(),
  predicate: predicateSchema,
  object: z.string(),
  item: z.string().nullable(),
  certainty,
  date: isoDate.nullable(),
  ...span,
});

export const articleRecordSchema = z.object({
  schema: z.literal(SCHEMA_VERSION),
  id: z.string().regex(/^[0-9a-f]{40}$/, 'sha1 hex'),
  source: z.string(),
  title: z.string().nullable(),
  language: z.string().nullable(),
  published: isoDate.nullable(),
  genre: genreSchema,
  body: z.string(),
  removed: z.array(removedSchema),
  summary: z.array(z.string()),
  summaryGiven: z.array(z.string()),
  entities: z.array(entitySchema),
  quotes: z.array(quoteSchema),
  claims: z.array(claimSchema),
  events: z.array(eventSchema),
  relations: z.array(relationSchema),
  /** Added field (schema 1 allows additions): events stated only in removed photo captions. */
  captionEvents: z.array(captionEventSchema).optional(),
});

export const errorRecordSchema = z.object({
  schema: z.literal(SCHEMA_VERSION),
  source: z.string(),
  error: z.string().min(1),
});

export type Genre = z.infer<typeof genreSchema>;
export type EntityType = z.infer<typeof entityTypeSchema>;
export type Certainty = z.infer<typeof certainty>;
export type Removed = z.infer<typeof removedSchema>;
export type Mention = z.infer<typeof mentionSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type ArticleEvent = z.infer<typeof eventSchema>;
export type CaptionEvent = z.infer<typeof captionEventSchema>;
export type Predicate = z.infer<typeof predicateSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type ArticleRecord = z.infer<typeof articleRecordSchema>;
export type ErrorRecord = z.infer<typeof errorRecordSchema>;
export type ContractLine = ArticleRecord | ErrorRecord;
