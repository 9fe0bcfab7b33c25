// `node --import tsx src/article/summary/evaluate-summaries.ts [DIR]`: ROUGE-1/2 of summaries against given bullets.
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { analyzeArticle } from '../analyze-article.ts';
import { readSources } from '../../sources/index.ts';
import { getLanguagePack } from '../../languages/registry.ts';
import { rougeN, rougeTokens, type RougeScore } from './rouge.ts';
import { summarizeArticle } from './summarize-article.ts';
import { splitSentences } from '../quotes/split-sentences.ts';

export interface SummaryEvaluation {
  source: string;
  rouge1: RougeScore;
  rouge2: RougeScore;
  /** Lead-3 baseline (the first three sentences), the usual yardstick for news. */
  lead1: RougeScore;
  lead2: RougeScore;
}

/** Scores every article under `inputs` that carries given bullets; articles without them are skipped. */
export async function evaluateSummaries(inputs: string[]): Promise<SummaryEvaluation[]> {
  const out: SummaryEvaluation[] = [];
  for await (const result of readSources(inputs)) {
    if (result.kind !== 'article') continue;
    const record = analyzeArticle(result.article);
    if (record.summaryGiven.length === 0) continue;
    const summary = summarizeArticle({ ...record, language: record.language });
    const stem = getLanguagePack(record.language ?? 'nb')?.stem ?? ((w: string) => w);
    const reference = rougeTokens(record.summaryGiven.join(' '), stem);
    const candidate = rougeTokens(summary.join(' '), stem);
    const lead = summarizeArticleLead(record.body);
    const leadTokens = rougeTokens(lead.join(' '), stem);
    out.push({
      source: record.source,
      rouge1: rougeN(candidate, reference, 1),
      rouge2: rougeN(candidate, reference, 2),
      lead1: rougeN(leadTokens, reference, 1),
      lead2: rougeN(leadTokens, reference, 2),
    });
  }
  return out;
}

function summarizeArticleLead(body: string): string[] {
  return splitSentences(body)
    .slice(0, 3)
    .map((s) => body.slice(s.start, s.end));
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const dir = process.argv[2] ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/seeds');
  const rows = await evaluateSummaries([dir]);
  const fmt = (s: RougeScore) => `R ${s.recall.toFixed(3)} P ${s.precision.toFixed(3)} F ${s.f1.toFixed(3)}`;
  for (const r of rows) {
    process.stdout.write(`${r.source}\n  ROUGE-1 ${fmt(r.rouge1)}\n  ROUGE-2 ${fmt(r.rouge2)}\n`);
    process.stdout.write(`  lead-3 ROUGE-1 ${fmt(r.lead1)}  ROUGE-2 ${fmt(r.lead2)}\n`);
  }
  const mean = (pick: (r: SummaryEvaluation) => number) =>
    rows.reduce((s, r) => s + pick(r), 0) / Math.max(rows.length, 1);
  process.stdout.write(
    `mean over ${rows.length}: ROUGE-1 F ${mean((r) => r.rouge1.f1).toFixed(3)} R ${mean((r) => r.rouge1.recall).toFixed(3)}; ` +
      `ROUGE-2 F ${mean((r) => r.rouge2.f1).toFixed(3)} R ${mean((r) => r.rouge2.recall).toFixed(3)}; ` +
      `lead-3 ROUGE-1 F ${mean((r) => r.lead1.f1).toFixed(3)}, ROUGE-2 F ${mean((r) => r.lead2.f1).toFixed(3)}\n`,
  );
}
