// The LanguagePack interface: everything language-specific that the engine asks a pack for.
import type { NlpPipeline } from './nlp.ts';
import type { CleaningLexicon } from './cleaning-lexicon.ts';
import type { TimeParser } from './time.ts';
import type { RelationLexicon } from './relation-lexicon.ts';
import type { EventLexicon } from './event-lexicon.ts';

export interface LanguagePack {
  /** ISO 639-1 code: nb, nn, da, sv, en, de. */
  code: string;
  name: string;
  /** Reduces a word to its search stem (Snowball), lower-cased: `soldatene` -> `soldat`. */
  stem: (word: string) => string;
  /** Words and patterns of page furniture, captions, summary boxes and genre labels in this language. */
  cleaning: CleaningLexicon;
  /** Finds and normalises time expressions; null where the pack has none yet. */
  time: TimeParser | null;
  /** Trigger words and role prepositions of relations (who supplies, meets, attacks whom); absent: no relations. */
  relations?: RelationLexicon;
  /** Trigger words of events (meetings, visits, agreements ...); absent: no events. */
  events?: EventLexicon;
  /** Loads the trained NLP stages lazily (models are read on first use); null where the pack has none yet. */
  loadNlp: (() => NlpPipeline) | null;
}
