// Norwegian Bokmål: the first language pack.
import { stemmer } from '@orama/stemmers/norwegian';
import type { LanguagePack } from '../pack.ts';

export const nb: LanguagePack = {
  code: 'nb',
  name: 'norsk bokmål',
  stem: (word) => stemmer(word.toLowerCase()),
  cleaning: {},
  time: null,
  loadNlp: null,
};
