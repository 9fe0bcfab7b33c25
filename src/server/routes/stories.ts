// /api/stories and /api/entities: mounted only when the corpus layer hands createApp a StoryReader; no reader, no routes.
import { Hono } from 'hono';
import { z } from 'zod';
import { ApiError } from '../api-error.ts';
import { entityReferencesSchema, entityReferences } from '../entity-references.ts';
import type { ApiResource } from '../api-resource.ts';
import { pageQuerySchema } from '../api-schemas.ts';
import { errorResponses, jsonResponse, pathParameter, queryParameters } from '../openapi.ts';
import { parseInput } from '../parse-input.ts';

/** One line of the story list; the full story is whatever the corpus layer assembles. */
export interface StorySummary {
  id: string;
  title: string | null;
  from: string | null;
  to: string | null;
  articleCount: number;
}

/**
 * What the API needs from src/corpus/ (the port it plugs into). Stories and entities are served as the
 * corpus builds them (plain JSON data); the API adds paging, validation and errors, never content.
 */
export interface StoryReader {
  /** Newest first. */
  listStories(page: { limit: number; offset: number }): Promise<StorySummary[]>;
  getStory(id: string): Promise<object | null>;
  getEntity?(id: string): Promise<object | null>;
  /** Only an entity's name: what a page needs to name an entity it links to, without assembling that entity. */
  entityName?(id: string): Promise<string | null>;
}

const DEFAULT_PAGE_SIZE = 20;
const storyIdPattern = /^[\w.:-]{1,128}$/;

export const storySummarySchema = z.object({
  id: z.string(),
  title: z.string().nullable(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  articleCount: z.number().int(),
});
const storyListSchema = z.object({
  items: z.array(storySummarySchema),
  limit: z.number().int(),
  offset: z.number().int(),
  hasMore: z.boolean(),
});
const opaqueSchema = z.looseObject({ id: z.string() });

function checkedId(given: string, what: string): string {
  if (!storyIdPattern.test(given))
    throw new ApiError('INVALID_ID', `'${given.slice(0, 60)}' is not a ${what} id`);
  return given;
}

export function createStoriesResource(reader: StoryReader): ApiResource {
  return {
    mount: '/stories',
    routes: () => {
      const app = new Hono();
      app.get('/', async (c) => {
        const query = parseInput(pageQuerySchema, c.req.query(), 'query');
        const limit = query.limit ?? DEFAULT_PAGE_SIZE;
        const offset = query.offset ?? 0;
        const stories = await reader.listStories({ limit: limit + 1, offset });
        return c.json({ items: stories.slice(0, limit), limit, offset, hasMore: stories.length > limit });
      });
      app.get('/:id', async (c) => {
        const id = checkedId(c.req.param('id'), 'story');
        const story = await reader.getStory(id);
        if (!story) throw new ApiError('NOT_FOUND', `no story with id ${id}`);
        return c.json(story);
      });
      return app;
    },
    schemas: { StoryList: storyListSchema, Story: opaqueSchema },
    paths: {
      '/api/stories': {
        get: {
          operationId: 'listStories',
          summary: 'Stories, newest first',
          parameters: queryParameters(pageQuerySchema),
          responses: {
            '200': jsonResponse('one page of stories', 'StoryList'),
            ...errorResponses('INVALID_REQUEST'),
          },
        },
      },
      '/api/stories/{id}': {
        get: {
          operationId: 'getStory',
          summary: 'One story: articles, entities, facts, timeline, disagreements, summary',
          parameters: [pathParameter('id', 'story id')],
          responses: {
            '200': jsonResponse('the story', 'Story'),
            ...errorResponses('INVALID_ID', 'NOT_FOUND'),
          },
        },
      },
    },
  };
}

/** The corpus layer's entity plus the names and titles of what it cites (entity-references.ts). */
const entitySchema = opaqueSchema.extend(entityReferencesSchema.shape);

export function createEntitiesResource(
  reader: Pick<StoryReader, 'getStory' | 'entityName'> & Required<Pick<StoryReader, 'getEntity'>>,
): ApiResource {
  return {
    mount: '/entities',
    routes: (deps) => {
      const app = new Hono();
      app.get('/:id', async (c) => {
        const id = checkedId(c.req.param('id'), 'entity');
        const entity = await reader.getEntity(id);
        if (!entity) throw new ApiError('NOT_FOUND', `no entity with id ${id}`);
        return c.json({ ...entity, ...(await entityReferences(entity, reader, deps.store)) });
      });
      return app;
    },
    schemas: { Entity: entitySchema },
    paths: {
      '/api/entities/{id}': {
        get: {
          operationId: 'getEntity',
          summary:
            'One entity across articles: aliases, quotes, claims, relations, stories; with the names of the ' +
            'entities it is related to (entityNames) and the titles of the articles it cites (articles)',
          parameters: [pathParameter('id', 'entity id')],
          responses: {
            '200': jsonResponse('the entity', 'Entity'),
            ...errorResponses('INVALID_ID', 'NOT_FOUND'),
          },
        },
      },
    },
  };
}
