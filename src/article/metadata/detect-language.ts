// Which language an article is in: the trained identifier first, the container's declaration as fallback.
import { identifyLanguage, type LanguageGuess } from '../../languages/identify/index.ts';
import type { Stage } from '../pipeline.ts';

/** Below this the identifier only breaks a tie: a declared language wins. */
const TRUSTED_CONFIDENCE = 0.5;

const ALIASES: Record<string, string> = {
  no: 'nb',
  nob: 'nb',
  nor: 'nb',
  nno: 'nn',
  dan: 'da',
  swe: 'sv',
  se: 'sv',
  eng: 'en',
  deu: 'de',
  ger: 'de',
};

/** `nb-NO`, `no`, `NOB` -> `nb`; null for an empty declaration. */
export function normaliseLanguageCode(code: string | null | undefined): string | null {
  const base = (code ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (!base) return null;
  return ALIASES[base] ?? base;
}

export interface LanguageResult {
  language: string | null;
  /** Why the identifier could not answer, when it failed. */
  error?: string;
}

export function detectLanguage(text: string, declared: string | null): LanguageResult {
  const fallback = normaliseLanguageCode(declared);
  let guess: LanguageGuess;
  try {
    guess = identifyLanguage(text);
  } catch (error) {
    // A broken identifier must not cost the article: the declaration stands, and the failure is reported.
    return { language: fallback, error: error instanceof Error ? error.message : String(error) };
  }
  if (guess.code && (guess.confidence >= TRUSTED_CONFIDENCE || !fallback)) return { language: guess.code };
  return { language: fallback ?? guess.code };
}

/** Runs before cleaning so the cleaner can pick the language's caption and summary words. */
export const languageStage: Stage = {
  id: 'language',
  run(draft, context) {
    const { language, error } = detectLanguage(draft.raw.text, draft.raw.language);
    if (error) context.report({ rule: 'metadata/language-error', message: error });
    context.report({
      rule: 'metadata/language',
      message: `language ${language ?? 'unknown'} (before cleaning)`,
    });
    return { language };
  },
};
