// Request validation: a zod schema over query or body, failing as one 400 that names every bad field.
import type { z } from 'zod';
import { ApiError, type FieldProblem } from './api-error.ts';

/** Parses `value` (what the request carried at `where`) or throws INVALID_REQUEST listing each problem. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  where: 'query' | 'body',
): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const details: FieldProblem[] = parsed.error.issues.map((issue) => ({
    path: [where, ...issue.path.map(String)].join('.'),
    message: describeIssue(issue),
  }));
  const first = details[0];
  const summary = first ? `${first.path}: ${first.message}` : 'malformed request';
  const more = details.length > 1 ? ` (and ${details.length - 1} more)` : '';
  throw new ApiError('INVALID_REQUEST', `${summary}${more}`, { details });
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys')
    return `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
  return issue.message;
}
