// The registry of language packs: code asks here for a pack instead of naming a language.
import type { LanguagePack } from './pack.ts';
import { nb } from './nb/index.ts';

const packs = new Map<string, LanguagePack>([[nb.code, nb]]);

export function getLanguagePack(code: string | null | undefined): LanguagePack | undefined {
  return code ? packs.get(code) : undefined;
}

export function listLanguagePacks(): LanguagePack[] {
  return [...packs.values()];
}

export function registerLanguagePack(pack: LanguagePack): void {
  packs.set(pack.code, pack);
}
