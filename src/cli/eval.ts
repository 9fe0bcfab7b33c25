// `sakskart eval langid|stories|nlp|names`: accuracy figures of the language identifier and of a language pack's NLP.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { evaluateStories } from '../corpus/evaluate-stories.ts';
import { evaluateLanguageId } from '../languages/identify/evaluate.ts';
import { LANGID_LANGUAGES, langidDataDir } from '../languages/identify/load-langid-data.ts';
import {
  formatNameRecall,
  readNameArticles,
  scoreArticleNames,
} from '../languages/nlp-eval/article-names.ts';
import { defaultNorneDir, evaluateNlp, type EvalSplit } from '../languages/nlp-eval/index.ts';
import { getLanguagePack } from '../languages/registry.ts';
import type { SetExit } from './main.ts';

export function registerEval(program: Command, setExit: SetExit): void {
  const evaluate = program.command('eval').description('measure accuracy on held-out data');
  evaluate
    .command('langid')
    .description('language identifier: per-language accuracy on the held-out split of ../shared/data/langid')
    .action(() => {
      const files = LANGID_LANGUAGES.map((code) => join(langidDataDir(), `${code}.txt`));
      if (lacksData('langid', files, 'SAKSKART_LANGID_DATA', setExit)) return;
      process.stdout.write(evaluateLanguageId() + '\n');
    });
  evaluate
    .command('stories')
    .description(
      'story clustering: pairwise precision/recall/F1 on the labelled set in test/fixtures/stories',
    )
    .action(async () => {
      process.stdout.write((await evaluateStories()) + '\n');
    });
  evaluate
    .command('nlp')
    .description('language pack on NorNE: tokenization, sentences, UPOS, lemma, NER P/R/F1 per type')
    .option('--split <split>', 'dev or test', 'dev')
    .option('--lang <code>', 'language pack', 'nb')
    .option('--errors <n>', 'also list this many tokenization and sentence errors', '0')
    .action((options: { split: string; lang: string; errors: string }) => {
      if (options.split !== 'dev' && options.split !== 'test') {
        process.stderr.write(`sakskart eval nlp: --split must be dev or test, not ${options.split}\n`);
        setExit(2);
        return;
      }
      const pack = getLanguagePack(options.lang);
      if (!pack) {
        process.stderr.write(`sakskart eval nlp: no language pack for ${options.lang}\n`);
        setExit(2);
        return;
      }
      const file = join(defaultNorneDir(), `${options.split}.conllu`);
      if (lacksData('nlp', [file], 'SAKSKART_NORNE_DIR', setExit)) return;
      const nlp = pack.loadNlp?.() ?? null;
      if (!nlp)
        process.stderr.write(
          `sakskart eval nlp: the ${pack.code} pack has no trained models; scoring tokens and sentences only\n`,
        );
      process.stdout.write(
        evaluateNlp(options.split as EvalSplit, nlp, { showErrors: Number(options.errors) || 0 }) + '\n',
      );
    });
  evaluate
    .command('names')
    .description(
      "the gold entities of whole articles (NAME.txt with NAME.gold.json, as score.mjs reads them) found by the language pack's recogniser in their raw text",
    )
    .argument('[dir]', 'folder of articles', '../shared/seeds')
    .option('--lang <code>', 'language pack', 'nb')
    .action((dir: string, options: { lang: string }) => {
      const nlp = getLanguagePack(options.lang)?.loadNlp?.() ?? null;
      if (!nlp) {
        process.stderr.write(`sakskart eval names: no trained models for language '${options.lang}'\n`);
        setExit(2);
        return;
      }
      let articles;
      try {
        articles = readNameArticles(dir);
      } catch (error) {
        process.stderr.write(`sakskart eval names: ${(error as Error).message}\n`);
        setExit(2);
        return;
      }
      if (articles.length === 0) {
        process.stderr.write(`sakskart eval names: no articles with gold in ${dir}\n`);
        setExit(2);
        return;
      }
      process.stdout.write(formatNameRecall(scoreArticleNames(articles, nlp)) + '\n');
    });
}

/** Says which data file is missing (the evaluations read ../shared/data beside the repository) and sets exit code 2. */
function lacksData(command: string, files: readonly string[], env: string, setExit: SetExit): boolean {
  const missing = files.find((f) => !existsSync(f));
  if (missing === undefined) return false;
  process.stderr.write(
    `sakskart eval ${command}: ${missing} is missing; the evaluation reads ../shared/data beside the repository, or the folder ${env} names\n`,
  );
  setExit(2);
  return true;
}
