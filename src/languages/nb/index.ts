// Norwegian Bokmål: the first language pack.
import { stemmer } from '@orama/stemmers/norwegian';
import type { LanguagePack } from '../pack.ts';
import { nbCleaning } from './cleaning.ts';
import { nbTimeParser } from './time/index.ts';
import { eventLexicon } from './events.ts';
import { relationLexicon } from './relations.ts';
import { createNbNlp } from './nlp/index.ts';

export const nb: LanguagePack = {
  code: 'nb',
  name: 'norsk bokmål',
  stem: (word) => stemmer(word.toLowerCase()),
  cleaning: nbCleaning,
  time: nbTimeParser,
  relations: relationLexicon,
  events: eventLexicon,
  loadNlp: () => createNbNlp(),
};
