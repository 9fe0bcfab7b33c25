import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnalyzedSentence, NlpPipeline } from '../nlp.ts';
import { formatNameRecall, readNameArticles, scoreArticleNames } from './article-names.ts';

/** A recogniser that labels the words it is given, one sentence per text: enough to test the counting. */
function labelling(labels: Record<string, string>): NlpPipeline {
  const analyze = (text: string): AnalyzedSentence[] => {
    const tokens = [...text.matchAll(/[\p{L}\p{N}-]+|[^\s\p{L}\p{N}]/gu)].map((m) => ({
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      upos: 'X',
      feats: '_',
      lemma: m[0],
      ner: labels[m[0]] ?? 'O',
    }));
    return [{ start: 0, end: text.length, tokens }];
  };
  return {
    splitSentences: () => [],
    tag: () => [],
    recognise: () => [],
    analyze,
  };
}

const TEXT =
  'Statsminister Jonas Gahr Støre møtte Nato-sjefen i Brussel. Støres regjering vil styrke Forsvaret, sa han til NRK.';

test('eval names: a name, an alias with a genitive s, a wrong type and a miss are told apart', () => {
  const nlp = labelling({
    Jonas: 'B-PER',
    Gahr: 'I-PER',
    Støre: 'I-PER',
    Støres: 'B-PER',
    Brussel: 'B-PER',
  });
  const result = scoreArticleNames(
    [
      {
        name: 'regjering.txt',
        text: TEXT,
        entities: [
          { name: 'Jonas Gahr Støre', type: 'PER', aliases: ['Støre'] },
          { name: 'Brussel', type: 'GPE' },
          { name: 'NRK', type: 'ORG' },
        ],
      },
    ],
    nlp,
  );
  assert.equal(result.gold, 3);
  assert.equal(result.found, 2);
  assert.equal(result.typed, 1);
  assert.deepEqual(
    result.misses.map((m) => [m.name, m.got]),
    [
      ['Brussel', ['PER']],
      ['NRK', []],
    ],
  );
  assert.match(formatNameRecall(result), /miss {2}ORG NRK/);
});

test('eval names: a name written only inside a compound counts when the compound is a DRV span, as in NorNE', () => {
  const nato = { name: 'Nato', type: 'ORG' };
  const found = scoreArticleNames(
    [{ name: 'a.txt', text: TEXT, entities: [nato] }],
    labelling({ 'Nato-sjefen': 'B-DRV' }),
  );
  assert.deepEqual([found.found, found.typed, found.compounds.length], [1, 1, 1]);
  const untagged = scoreArticleNames([{ name: 'a.txt', text: TEXT, entities: [nato] }], labelling({}));
  assert.deepEqual([untagged.found, untagged.compounds.length], [0, 0]);
  // Where the text also writes the name alone, the compound does not stand in for it.
  const alone = scoreArticleNames(
    [{ name: 'b.txt', text: `${TEXT} Nato samles i morgen.`, entities: [nato] }],
    labelling({ 'Nato-sjefen': 'B-DRV' }),
  );
  assert.deepEqual([alone.found, alone.compounds.length], [0, 0]);
});

test('eval names: articles are read with their gold beside them or in gold/, and a file is no folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'names-'));
  mkdirSync(join(dir, 'gold'));
  writeFileSync(join(dir, 'a.txt'), TEXT);
  writeFileSync(
    join(dir, 'gold', 'a.gold.json'),
    JSON.stringify({ entities: [{ name: 'NRK', type: 'ORG' }] }),
  );
  writeFileSync(join(dir, 'uten-gull.txt'), 'Ingen fasit her.');
  const articles = readNameArticles(dir);
  assert.deepEqual(
    articles.map((a) => [a.name, a.entities.length]),
    [['a.txt', 1]],
  );
  assert.throws(() => readNameArticles(join(dir, 'a.txt')), /is not a folder/);
});
