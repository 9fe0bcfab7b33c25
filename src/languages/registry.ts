// The registry of language packs: code asks here for a pack instead of naming a language.
import type { LanguagePack } from './pack.ts';
import { nb } from './nb/index.ts';
import { nn } from './nn/index.ts';
import { da } from './da/index.ts';
import { sv } from './sv/index.ts';
import { en } from './en/index.ts';
import { de } from './de/index.ts';

const packs = new Map<string, LanguagePack>([nb, nn, da, sv, en, de].map((pack) => [pack.code, pack]));

export function getLanguagePack(code: string | null | undefined): LanguagePack | undefined {
  return code ? packs.get(code) : undefined;
}

export function listLanguagePacks(): LanguagePack[] {
  return [...packs.values()];
}

export function registerLanguagePack(pack: LanguagePack): void {
  packs.set(pack.code, pack);
}
