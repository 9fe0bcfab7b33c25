// A small suffix-stripping lemmatiser for Norwegian plural nouns; a stand-in until the trained lemmatiser is passed in.
import { E_NOUN_ENDINGS, INVARIANT_UNITS, IRREGULAR_PLURALS } from './unit-words.ts';

/** `soldatene` → `soldat`, `håndgranater` → `håndgranat`, `toppmøter` → `toppmøte`, `frivillige` → `frivillig`. */
export function lemmatiseUnit(word: string): string {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR_PLURALS[lower];
  if (irregular) return irregular;
  if (INVARIANT_UNITS.has(lower)) return lower;
  // `sju års fengsel`, `90 dagers fengsel`: a counted noun in the genitive.
  if (lower.endsWith('s') && lower.length >= 3) {
    const base = lower.slice(0, -1);
    if (INVARIANT_UNITS.has(base) || IRREGULAR_PLURALS[base] || /(er|ene)$/.test(base))
      return lemmatiseUnit(base);
  }
  const stem = stripPlural(lower);
  if (stem === lower) return lower;
  return E_NOUN_ENDINGS.some((e) => (stem + 'e').endsWith(e)) ? stem + 'e' : stem;
}

function stripPlural(w: string): string {
  const keep = (stem: string) => (stem.length >= 3 ? stem : w);
  if (w.endsWith('erne')) return keep(w.slice(0, -2)); // lærerne → lærer
  if (w.endsWith('ene')) return keep(w.slice(0, -3)); // soldatene → soldat
  if (w.endsWith('ere')) return keep(w.slice(0, -1)); // forskere → forsker
  if (w.endsWith('er') && !/[aeiouyæøå]er$/.test(w) && w.length > 4) return keep(w.slice(0, -2)); // soldater → soldat
  if (/(ig|tt|sk)e$/.test(w)) return keep(w.slice(0, -1)); // frivillige → frivillig, innsatte → innsatt
  return w;
}
