// What a resource module (articles, search, stats, later stories and entities) gives the app: its routes and their description.
import type { Hono } from 'hono';
import type { ZodType } from 'zod';
import type { ArticleRecord } from '../contract/index.ts';
import type { RawArticle } from '../sources/index.ts';
import type { Store } from '../store/index.ts';

export interface ApiLimits {
  /** Largest request body accepted (POST /api/articles); larger ones get 413. */
  maxBodyBytes: number;
  /** Whether `{url}` alone makes the server fetch the page (off for servers others can reach). */
  allowFetch: boolean;
  /** Time a server-side fetch may take. */
  fetchTimeoutMs: number;
}

export const DEFAULT_LIMITS: ApiLimits = {
  maxBodyBytes: 2 * 1024 * 1024,
  allowFetch: true,
  fetchTimeoutMs: 15_000,
};

/** Turns a read article into its contract record (the article pipeline; tests may pass a stub). */
export type Analyze = (raw: RawArticle) => ArticleRecord | Promise<ArticleRecord>;

/** Everything a route may use. The corpus layer (stories, entities) will add its reader here. */
export interface AppDeps {
  store: Store;
  analyze: Analyze;
  limits: ApiLimits;
  /** Where server-side failures are reported (never to clients). */
  log: (message: string) => void;
}

/** OpenAPI 3.1 path items, keyed by the full path (`/api/articles/{id}`). */
export type OpenApiPaths = Record<string, Record<string, unknown>>;

/**
 * One resource of the API, mounted at `/api${mount}`. Adding `/api/stories` means writing
 * routes/stories.ts that exports such an object and listing it in create-app.ts; the OpenAPI
 * document picks up its paths and schemas from here.
 */
export interface ApiResource {
  mount: string;
  routes: (deps: AppDeps) => Hono;
  paths: OpenApiPaths;
  /** Named schemas its paths refer to as `#/components/schemas/<name>` (zod, converted to JSON Schema). */
  schemas?: Record<string, ZodType>;
}
