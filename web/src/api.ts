// Typed calls to the sakskart HTTP API (same origin); failures become ApiFailure with the server's plain message.
import type { ArticleRecord, Genre } from '../../src/contract/index.ts';

export type { ArticleRecord, Genre };

export interface ArticleSummary {
  id: string;
  title: string | null;
  published: string | null;
  language: string | null;
  genre: Genre;
  source: string;
  excerpt?: string;
}

export interface Page<T> {
  items: T[];
  limit: number;
  offset: number;
  hasMore: boolean;
}

export interface SnippetSegment {
  text: string;
  highlight: boolean;
}

export type SearchHit = ArticleSummary & { score: number; snippet: SnippetSegment[] };

/** Mirrors StorySummary in src/server/routes/stories.ts. */
export interface StorySummary {
  id: string;
  title: string | null;
  from: string | null;
  to: string | null;
  articleCount: number;
  /** The short version, when the corpus layer sends it with the list. */
  summary?: string[];
}

/** `GET /api/articles/:id?explain=1`: the rule or model behind each item (src/server/explain-article.ts). */
export interface ArticleExplanation {
  explanations: { field: string; index: number; rule: string; start: number; end: number }[];
  findings: { rule: string; message: string }[];
}

export class ApiFailure extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { accept: 'application/json', ...init?.headers } });
  } catch {
    throw new ApiFailure('the server cannot be reached', 0, 'NETWORK');
  }
  const body = (await response.json().catch(() => null)) as { error?: string; code?: string } | null;
  if (!response.ok)
    throw new ApiFailure(body?.error ?? response.statusText, response.status, body?.code ?? 'HTTP');
  return body as T;
}

function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const api = {
  articles: (limit = 20, offset = 0) =>
    request<Page<ArticleSummary>>(`/api/articles${query({ limit, offset })}`),
  article: (id: string) => request<ArticleRecord>(`/api/articles/${encodeURIComponent(id)}`),
  explained: (id: string) =>
    request<ArticleRecord & { explain?: ArticleExplanation }>(
      `/api/articles/${encodeURIComponent(id)}?explain=1`,
    ),
  search: (params: Record<string, string | undefined>) =>
    request<Page<SearchHit>>(`/api/search${query(params)}`),
  stories: (limit = 20, offset = 0) => request<Page<StorySummary>>(`/api/stories${query({ limit, offset })}`),
  story: (id: string) => request<unknown>(`/api/stories/${encodeURIComponent(id)}`),
  entity: (id: string) => request<unknown>(`/api/entities/${encodeURIComponent(id)}`),
  ingest: (body: Record<string, string>) =>
    request<{ id: string; status: 'added' | 'unchanged'; location: string }>('/api/articles', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
};
