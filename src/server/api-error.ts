// The API's error catalogue: every failure reaches clients as `{error, code}` with the status its code implies.
import type { Context } from 'hono';

/** Each code's HTTP status and meaning; the OpenAPI document lists them from here. */
export const API_ERRORS = {
  INVALID_REQUEST: {
    status: 400,
    meaning: 'a parameter or body field is missing or malformed (see details)',
  },
  INVALID_JSON: { status: 400, meaning: 'the body is not valid JSON' },
  INVALID_ID: { status: 400, meaning: 'not a well-formed id (articles: 6 to 40 hex characters)' },
  CROSS_ORIGIN: { status: 403, meaning: 'a browser page from another origin tried to change data' },
  HOST_NOT_ALLOWED: { status: 403, meaning: 'the Host header names a host this server does not answer to' },
  NOT_FOUND: { status: 404, meaning: 'no such route or no such article' },
  METHOD_NOT_ALLOWED: { status: 405, meaning: 'the route exists but not for this method (see Allow)' },
  AMBIGUOUS_ID: { status: 409, meaning: 'the id prefix starts more than one article id' },
  PAYLOAD_TOO_LARGE: { status: 413, meaning: 'the body is larger than the server accepts' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, meaning: 'send application/json, text/plain or text/html' },
  UNPROCESSABLE_ARTICLE: { status: 422, meaning: 'the input holds no readable article, or more than one' },
  ANALYSIS_FAILED: { status: 422, meaning: 'the article was read but its analysis failed' },
  INTERNAL_ERROR: { status: 500, meaning: 'a bug on our side; the server log has the details' },
  STORE_UNAVAILABLE: { status: 503, meaning: 'the database cannot be read' },
} as const;

export type ApiErrorCode = keyof typeof API_ERRORS;
export type ApiErrorStatus = (typeof API_ERRORS)[ApiErrorCode]['status'];

/** One problem with a request field: where it is (`query.limit`, `body.text`) and what is wrong. */
export interface FieldProblem {
  path: string;
  message: string;
}

export interface ErrorBody {
  error: string;
  code: ApiErrorCode;
  details?: FieldProblem[];
}

/** Thrown by routes; `app.onError` turns it into the JSON body. Its message is shown to clients, so no internals. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly details: FieldProblem[] | undefined;
  readonly headers: Record<string, string>;

  constructor(
    code: ApiErrorCode,
    message: string,
    extra: { details?: FieldProblem[]; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.details = extra.details;
    this.headers = extra.headers ?? {};
  }

  get status(): ApiErrorStatus {
    return API_ERRORS[this.code].status;
  }
}

/** The JSON response for an error code; every error path goes through here so the shape never drifts. */
export function errorResponse(
  c: Context,
  code: ApiErrorCode,
  message: string,
  extra: { details?: FieldProblem[] | undefined; headers?: Record<string, string> } = {},
): Response {
  const body: ErrorBody = { error: message, code };
  if (extra.details?.length) body.details = extra.details;
  return c.json(body, API_ERRORS[code].status, extra.headers ?? {});
}
