// How many of the gold entities of whole articles the recogniser finds in their raw text (`sakskart eval names`).
// An entity counts as found when some recognised span reads as its name or one of its aliases (a genitive `s` on
// the span is allowed, as NorNE tags `Russlands` whole), and as typed when such a span has the gold type. A name the
// text writes only as the first part of a hyphenated compound (`FN-resolusjon`, `Nato-sjefen`) is no name of its own
// in NorNE's guidelines, which tag the compound DRV: it counts as found and typed when that compound is a DRV span.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { NlpPipeline } from '../nlp.ts';
import { sentenceEntities } from './entity-spans.ts';

export interface GoldName {
  name: string;
  type: string;
  aliases?: string[];
}

export interface NameArticle {
  name: string;
  text: string;
  entities: GoldName[];
}

export interface NameMiss {
  article: string;
  name: string;
  type: string;
  /** The types the recogniser gave to spans reading as this entity; empty when none was found. */
  got: string[];
}

export interface CompoundOnly {
  article: string;
  name: string;
  /** The compound span that stands for it, with its type. */
  span: string;
  type: string;
}

export interface NameRecall {
  articles: number;
  gold: number;
  found: number;
  typed: number;
  misses: NameMiss[];
  /** Entities written only inside compounds and found as those (included in found and typed). */
  compounds: CompoundOnly[];
}

/** Articles `NAME.txt` in dir with `NAME.gold.json` beside them, in `gold/` inside, or in `../gold` (as score.mjs). */
export function readNameArticles(dir: string): NameArticle[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`${dir} is not a folder`);
  const goldDirs = [dir, path.join(dir, 'gold'), path.join(dir, '..', 'gold')];
  const out: NameArticle[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const base = file.slice(0, -4);
    const goldPath = goldDirs.map((d) => path.join(d, `${base}.gold.json`)).find((p) => existsSync(p));
    if (!goldPath) continue;
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { entities?: GoldName[] };
    out.push({ name: file, text: readFileSync(path.join(dir, file), 'utf8'), entities: gold.entities ?? [] });
  }
  return out;
}

function spanMatches(span: string, names: readonly string[]): boolean {
  return names.some((n) => span === n || span === `${n}s` || span === `${n}'s` || span === `${n}’s`);
}

const compoundOf = (span: string, names: readonly string[]): boolean =>
  names.some((n) => span.startsWith(`${n}-`) && span.length > n.length + 1);

/** Whether the name occurs in the text other than as the first part of a hyphenated compound. */
function standsAlone(text: string, names: readonly string[]): boolean {
  return names.some((n) => {
    for (let i = text.indexOf(n); i >= 0; i = text.indexOf(n, i + 1)) {
      const before = text[i - 1] ?? ' ';
      const after = text[i + n.length] ?? ' ';
      if (
        !/[\p{L}\p{N}-]/u.test(before) &&
        after !== '-' &&
        !/[\p{L}\p{N}]/u.test(after === 's' ? (text[i + n.length + 1] ?? ' ') : after)
      )
        return true;
    }
    return false;
  });
}

export function scoreArticleNames(articles: readonly NameArticle[], nlp: NlpPipeline): NameRecall {
  const result: NameRecall = {
    articles: articles.length,
    gold: 0,
    found: 0,
    typed: 0,
    misses: [],
    compounds: [],
  };
  for (const article of articles) {
    const spans = nlp
      .analyze(article.text)
      .flatMap((s) => sentenceEntities(article.text, s.tokens))
      .map((e) => ({ text: e.text, type: e.type }));
    for (const entity of article.entities) {
      result.gold++;
      const names = [entity.name, ...(entity.aliases ?? [])];
      const types = [...new Set(spans.filter((s) => spanMatches(s.text, names)).map((s) => s.type))];
      const compound = standsAlone(article.text, names)
        ? undefined
        : spans.find((s) => s.type === 'DRV' && compoundOf(s.text, names));
      if (types.length === 0 && compound) {
        result.found++;
        result.typed++;
        result.compounds.push({
          article: article.name,
          name: entity.name,
          span: compound.text,
          type: compound.type,
        });
        continue;
      }
      if (types.length > 0) result.found++;
      if (types.includes(entity.type)) result.typed++;
      else result.misses.push({ article: article.name, name: entity.name, type: entity.type, got: types });
    }
  }
  return result;
}

const pct = (n: number, d: number): string => (d === 0 ? '-' : ((100 * n) / d).toFixed(1));

export function formatNameRecall(r: NameRecall): string {
  const lines = [
    `articles ${r.articles}, gold entities ${r.gold}`,
    `found            ${r.found} (${pct(r.found, r.gold)}%)`,
    `found with type  ${r.typed} (${pct(r.typed, r.gold)}%)`,
  ];
  if (r.compounds.length > 0)
    lines.push(
      `of which only inside compounds, found as the compound (NorNE tags it DRV): ${r.compounds.length}`,
      ...r.compounds.map((c) => `  ${c.name} as ${c.span} (${c.type})  [${c.article}]`),
    );
  for (const m of r.misses)
    lines.push(
      `  ${m.got.length ? 'type' : 'miss'}  ${m.type} ${m.name}${m.got.length ? ` (as ${m.got.join('/')})` : ''}  [${m.article}]`,
    );
  return lines.join('\n');
}
