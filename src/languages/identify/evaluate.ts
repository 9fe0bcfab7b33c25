// Scores the language identifier on the held-out test split: per-class accuracy and confusion, for sentences and 5-sentence paragraphs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyLanguage } from './classify-language.ts';
import { loadDefaultLanguageModel } from './index.ts';
import type { LanguageModel } from './language-model.ts';
import { groupIntoParagraphs, LANGID_LANGUAGES, loadLangidSplit } from './load-langid-data.ts';
import type { LabelledText } from './train-language-model.ts';

export interface LanguageIdScores {
  total: number;
  correct: number;
  /** confusion[gold][predicted], predicted `null` when the identifier declined. */
  confusion: Record<string, Record<string, number>>;
}

export function scoreLanguageId(model: LanguageModel, texts: readonly LabelledText[]): LanguageIdScores {
  const scores: LanguageIdScores = { total: 0, correct: 0, confusion: {} };
  for (const { text, language } of texts) {
    const predicted = classifyLanguage(model, text).code ?? 'null';
    const row = (scores.confusion[language] ??= {});
    row[predicted] = (row[predicted] ?? 0) + 1;
    scores.total++;
    if (predicted === language) scores.correct++;
  }
  return scores;
}

/** Mean of per-class accuracies: the figure tuning maximises, so the small da and de classes count as much as nb. */
export function macroAccuracy(scores: LanguageIdScores): number {
  const rows = Object.entries(scores.confusion);
  const sum = rows.reduce((acc, [gold, row]) => {
    const n = Object.values(row).reduce((a, b) => a + b, 0);
    return acc + (row[gold] ?? 0) / Math.max(1, n);
  }, 0);
  return sum / Math.max(1, rows.length);
}

const percent = (x: number): string => `${(100 * x).toFixed(2)}%`;

export function formatLanguageIdScores(title: string, scores: LanguageIdScores): string {
  const columns = [...LANGID_LANGUAGES, 'null'];
  const lines = [
    `${title}: accuracy ${percent(scores.correct / Math.max(1, scores.total))} (${scores.correct}/${scores.total}), macro ${percent(macroAccuracy(scores))}`,
    `  gold   n      acc     | predicted: ${columns.map((c) => c.padStart(5)).join('')}`,
  ];
  for (const gold of LANGID_LANGUAGES) {
    const row = scores.confusion[gold] ?? {};
    const n = Object.values(row).reduce((a, b) => a + b, 0);
    if (n === 0) continue;
    const cells = columns.map((c) => String(row[c] ?? 0).padStart(5)).join('');
    lines.push(
      `  ${gold.padEnd(4)} ${String(n).padStart(5)}  ${percent((row[gold] ?? 0) / Math.max(1, n)).padStart(7)} |            ${cells}`,
    );
  }
  return lines.join('\n');
}

/**
 * Whole articles from another source than the training data: the seed articles with the language of their
 * gold annotation, read at run time from ../shared (absent in a bare checkout, then this returns []).
 */
export function loadSeedArticles(): LabelledText[] {
  const shared = fileURLToPath(new URL('../../../../shared/', import.meta.url));
  const goldDir = join(shared, 'gold');
  if (!existsSync(goldDir)) return [];
  return readdirSync(goldDir)
    .filter((name) => name.endsWith('.gold.json'))
    .sort()
    .flatMap((name) => {
      const gold = JSON.parse(readFileSync(join(goldDir, name), 'utf8')) as {
        article?: string;
        language?: string;
      };
      const path = join(shared, 'seeds', gold.article ?? '');
      return gold.language && gold.article && existsSync(path)
        ? [{ language: gold.language, text: readFileSync(path, 'utf8') }]
        : [];
    });
}

/** The report behind `sakskart eval langid`: the committed model on the test split nobody tuned on. */
export function evaluateLanguageId(): string {
  const model = loadDefaultLanguageModel();
  const { test } = loadLangidSplit();
  const seeds = loadSeedArticles();
  return [
    'Language ID, held-out test split (10% per language, seed in load-langid-data.ts)',
    formatLanguageIdScores('Sentences', scoreLanguageId(model, test)),
    formatLanguageIdScores('Pairs of 2 test sentences', scoreLanguageId(model, groupIntoParagraphs(test, 2))),
    formatLanguageIdScores(
      'Paragraphs of 5 test sentences',
      scoreLanguageId(model, groupIntoParagraphs(test)),
    ),
    // Another source than the training data, whole articles with page furniture: the real use.
    ...(seeds.length > 0
      ? [
          formatLanguageIdScores(
            'Seed articles (../shared/seeds, gold language)',
            scoreLanguageId(model, seeds),
          ),
        ]
      : []),
  ].join('\n\n');
}
