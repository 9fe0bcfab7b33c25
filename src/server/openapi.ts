// The OpenAPI 3.1 document, assembled from each resource's paths; schemas come from the zod schemas routes validate with.
import { z } from 'zod';
import { API_ERRORS, type ApiErrorCode } from './api-error.ts';
import type { ApiResource, OpenApiPaths } from './api-resource.ts';
import { errorSchema } from './api-schemas.ts';

type JsonSchema = Record<string, unknown>;

/** `#/components/schemas/<name>` */
export function schemaRef(name: string): JsonSchema {
  return { $ref: `#/components/schemas/${name}` };
}

/** A response whose body is JSON of the named schema. */
export function jsonResponse(
  description: string,
  schemaName: string,
  headers?: Record<string, unknown>,
): JsonSchema {
  return {
    description,
    ...(headers ? { headers } : {}),
    content: { 'application/json': { schema: schemaRef(schemaName) } },
  };
}

/** The error responses a route can give, one per status, each listing its codes from the catalogue. */
export function errorResponses(...codes: ApiErrorCode[]): Record<string, JsonSchema> {
  const all: ApiErrorCode[] = [...codes, 'INTERNAL_ERROR'];
  const byStatus = new Map<number, ApiErrorCode[]>();
  for (const code of all) {
    const status = API_ERRORS[code].status;
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return Object.fromEntries(
    [...byStatus].map(([status, list]) => [
      String(status),
      jsonResponse(list.map((code) => `${code}: ${API_ERRORS[code].meaning}`).join('; '), 'Error'),
    ]),
  );
}

/** Query parameters from a zod object, as the client writes them (the schema's input side). */
export function queryParameters(schema: z.ZodObject): JsonSchema[] {
  const json = toJsonSchema(schema, 'input');
  const properties = (json['properties'] ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json['required'] ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: 'query',
      required: required.has(name),
      ...(typeof description === 'string' ? { description } : {}),
      schema: rest,
    };
  });
}

export function pathParameter(name: string, description: string): JsonSchema {
  return { name, in: 'path', required: true, description, schema: { type: 'string' } };
}

/** JSON Schema 2020-12 (what OpenAPI 3.1 speaks) without the `$schema` line a component must not repeat. */
export function toJsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'output'): JsonSchema {
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, {
    io,
    target: 'draft-2020-12',
    unrepresentable: 'any',
  });
  return json;
}

export function buildOpenApiDocument(
  resources: ApiResource[],
  info: { title: string; version: string },
): JsonSchema {
  const paths: OpenApiPaths = {
    '/api/openapi.json': {
      get: {
        operationId: 'getOpenApi',
        summary: 'This document',
        responses: {
          '200': {
            description: 'OpenAPI 3.1',
            content: { 'application/json': { schema: { type: 'object' } } },
          },
        },
      },
    },
  };
  const schemas: Record<string, JsonSchema> = { Error: toJsonSchema(errorSchema) };
  for (const resource of resources) {
    Object.assign(paths, resource.paths);
    for (const [name, schema] of Object.entries(resource.schemas ?? {})) schemas[name] = toJsonSchema(schema);
  }
  return {
    openapi: '3.1.0',
    info: {
      ...info,
      description:
        'sakskart: Norwegian news in, a story map with evidence out. JSON everywhere; every error is ' +
        '`{error, code}` (Error schema) with the status its code implies. CORS is off: same-origin clients only. ' +
        'Any route may also answer 403 HOST_NOT_ALLOWED (Host name not served) or CROSS_ORIGIN (a foreign page writing).',
    },
    servers: [{ url: '/' }],
    paths,
    components: { schemas },
  };
}
