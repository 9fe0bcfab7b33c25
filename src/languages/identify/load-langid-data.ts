// Reads the language-ID sentence files and splits them 80/10/10 per language with a fixed seed (training and evaluation share it).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { createRandom, shuffleInPlace, type LabelledText } from './train-language-model.ts';

export const LANGID_LANGUAGES = ['nb', 'nn', 'da', 'sv', 'en', 'de'] as const;
export const SPLIT_SEED = 20251125;

/** `../shared/data/langid` beside the repository, unless SAKSKART_LANGID_DATA points elsewhere. */
export function langidDataDir(): string {
  return (
    process.env['SAKSKART_LANGID_DATA'] ??
    fileURLToPath(new URL('../../../../shared/data/langid/', import.meta.url))
  );
}

export interface LangidSplit {
  train: LabelledText[];
  dev: LabelledText[];
  test: LabelledText[];
}

/** Each language is shuffled with its own seeded stream, so adding a language never moves another's split. */
export function loadLangidSplit(dir: string = langidDataDir()): LangidSplit {
  const split: LangidSplit = { train: [], dev: [], test: [] };
  LANGID_LANGUAGES.forEach((language, index) => {
    const lines = readFileSync(join(dir, `${language}.txt`), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '');
    shuffleInPlace(lines, createRandom(SPLIT_SEED + index));
    const trainEnd = Math.floor(lines.length * 0.8);
    const devEnd = Math.floor(lines.length * 0.9);
    const label = (text: string): LabelledText => ({ text, language });
    split.train.push(...lines.slice(0, trainEnd).map(label));
    split.dev.push(...lines.slice(trainEnd, devEnd).map(label));
    split.test.push(...lines.slice(devEnd).map(label));
  });
  return split;
}

/** Paragraph-sized inputs: consecutive groups of `size` sentences of one language joined by a space. */
export function groupIntoParagraphs(texts: readonly LabelledText[], size = 5): LabelledText[] {
  const paragraphs: LabelledText[] = [];
  for (const language of LANGID_LANGUAGES) {
    const own = texts.filter((t) => t.language === language);
    for (let i = 0; i + size <= own.length; i += size) {
      paragraphs.push({
        language,
        text: own
          .slice(i, i + size)
          .map((t) => t.text)
          .join(' '),
      });
    }
  }
  return paragraphs;
}
