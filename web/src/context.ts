// The active dictionary for every view, so a language switch re-renders the whole page in the other language.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { dictionary, type Dictionary } from './i18n.ts';

export const DictionaryContext = createContext<Dictionary>(dictionary('nb'));

export function useT(): Dictionary {
  return useContext(DictionaryContext);
}
