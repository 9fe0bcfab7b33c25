// The contract module: schema, types and validator, importing nothing else of ours.
export * from './schema.ts';
export * from './validate.ts';
