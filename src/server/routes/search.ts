// /api/search: stemmed full-text search over stored articles, ranked, with snippets as highlight segments.
import { Hono } from 'hono';
import type { SearchQuery } from '../../store/index.ts';
import type { ApiResource, AppDeps } from '../api-resource.ts';
import { searchQuerySchema, searchResultSchema, snippetSegmentSchema } from '../api-schemas.ts';
import { toHighlightSegments } from '../highlight-segments.ts';
import { errorResponses, jsonResponse, queryParameters } from '../openapi.ts';
import { parseInput } from '../parse-input.ts';

const DEFAULT_PAGE_SIZE = 10;

function searchRoutes({ store }: AppDeps): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    const params = parseInput(searchQuerySchema, c.req.query(), 'query');
    const limit = params.limit ?? DEFAULT_PAGE_SIZE;
    const offset = params.offset ?? 0;
    // One row beyond the page tells whether there is a next page without counting every match.
    const query: SearchQuery = { text: params.q ?? '', limit: limit + 1, offset };
    if (params.lang !== undefined) query.language = params.lang;
    if (params.genre !== undefined) query.genre = params.genre;
    if (params.from !== undefined) query.from = params.from;
    if (params.to !== undefined) query.to = params.to;
    const hits = await store.search(query);
    return c.json({
      items: hits.slice(0, limit).map((hit) => ({ ...hit, snippet: toHighlightSegments(hit.snippet) })),
      limit,
      offset,
      hasMore: hits.length > limit,
    });
  });
  return app;
}

export const searchResource: ApiResource = {
  mount: '/search',
  routes: searchRoutes,
  schemas: { SearchResult: searchResultSchema, SnippetSegment: snippetSegmentSchema },
  paths: {
    '/api/search': {
      get: {
        operationId: 'searchArticles',
        summary: 'Full-text search (Norwegian stemming: "soldatene" finds "soldater"), best match first',
        parameters: queryParameters(searchQuerySchema),
        responses: {
          '200': jsonResponse('one page of hits', 'SearchResult'),
          ...errorResponses('INVALID_REQUEST'),
        },
      },
    },
  },
};
