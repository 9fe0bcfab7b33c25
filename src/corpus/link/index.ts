// Cross-article entity linking: public API of the folder.
export { createEntityLinker, isTypeCompatible } from './entity-linker.ts';
export type { EntityLinker, GlobalEntity, Sourced } from './entity-linker.ts';
export { normaliseKey, skeleton } from './name-key.ts';
