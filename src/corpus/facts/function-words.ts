// Function words per language, so claim subjects compare on content words; belongs in the LanguagePack later.
import { stopwords as danish } from '@orama/stopwords/danish';
import { stopwords as english } from '@orama/stopwords/english';
import { stopwords as german } from '@orama/stopwords/german';
import { stopwords as norwegian } from '@orama/stopwords/norwegian';
import { stopwords as swedish } from '@orama/stopwords/swedish';

const LISTS: Record<string, string[]> = {
  nb: norwegian,
  nn: norwegian,
  da: danish,
  sv: swedish,
  en: english,
  de: german,
};
const SETS = new Map<string, Set<string>>();

/** The function words of a language (ISO 639-1), empty where none are known. */
export function functionWordsFor(language: string | null): Set<string> {
  const code = language ?? 'nb';
  let set = SETS.get(code);
  if (!set) {
    set = new Set((LISTS[code] ?? []).map((w) => w.toLowerCase()));
    SETS.set(code, set);
  }
  return set;
}
