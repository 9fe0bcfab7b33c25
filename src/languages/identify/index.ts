// Language identification: which of the known languages a text is written in.
import { readFileSync } from 'node:fs';
import { classifyLanguage, type LanguageGuess } from './classify-language.ts';
import { decodeLanguageModel, type LanguageModel, type LanguageModelFile } from './language-model.ts';

export type { LanguageGuess } from './classify-language.ts';

let loaded: LanguageModel | undefined;

/** The committed model, read on first use so importing this module costs nothing. */
export function loadDefaultLanguageModel(): LanguageModel {
  loaded ??= decodeLanguageModel(
    JSON.parse(readFileSync(new URL('./model.json', import.meta.url), 'utf8')) as LanguageModelFile,
  );
  return loaded;
}

/**
 * nb, nn, da, sv, en or de, with the softmax probability as confidence. Null for empty, nearly letter-free or
 * non-Latin text. Long text is sampled, so a 5 000-character article takes well under a millisecond.
 */
export function identifyLanguage(text: string): LanguageGuess {
  return classifyLanguage(loadDefaultLanguageModel(), text);
}
