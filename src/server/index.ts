// The HTTP server's public face: the app factory, the resource interface for new routes, and the port binding.
export { createApp, API_RESOURCES, type CreateAppOptions } from './create-app.ts';
export { API_ERRORS, ApiError, type ApiErrorCode, type ErrorBody } from './api-error.ts';
export {
  DEFAULT_LIMITS,
  type ApiLimits,
  type ApiResource,
  type AppDeps,
  type Analyze,
} from './api-resource.ts';
export { startServer, isLoopback, DEFAULT_HOST, DEFAULT_PORT, type RunningServer } from './start-server.ts';
export { LOOPBACK_HOSTS, type BrowserGuardOptions } from './guard-browser-requests.ts';
export type { StoryReader, StorySummary } from './routes/stories.ts';
