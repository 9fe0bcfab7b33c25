// For the entity tests: the entities the Bokmål extraction finds in a text, as name -> type.
import { extractFacts } from '../extract/index.ts';
import { getLanguagePack } from '../../languages/registry.ts';

export function namesOf(body: string, published = '2025-03-01'): Record<string, string> {
  const nb = getLanguagePack('nb')!;
  return Object.fromEntries(extractFacts({ body, published }, nb).entities.map((e) => [e.name, e.type]));
}
