import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NlpPipeline, Sentence } from '../nlp.ts';
import { alignTokens } from './align-tokens.ts';
import { entitySpans } from './entity-spans.ts';
import { readGoldSentences } from './gold-sentence.ts';
import { evaluateNlp, runNlpEvaluation } from './index.ts';
import { prf } from './prf.ts';
import { groupDocuments, PSEUDO_DOCUMENT_SIZE, scoreSentences } from './score-sentences.ts';
import { splitSentences as splitBokmal } from '../nb/tokenize/index.ts';

const CONLLU = [
  '# sent_id =  000001',
  '# text = Ola bor i Nord-Norge.',
  '1\tOla\tOla\tPROPN\t_\t_\t2\tnsubj\t_\tname=B-PER',
  '2\tbor\tbo\tVERB\t_\t_\t0\troot\t_\tname=O',
  '3\ti\ti\tADP\t_\t_\t4\tcase\t_\tname=O',
  '4\tNord-Norge\tNord-Norge\tPROPN\t_\t_\t2\tobl\t_\tSpaceAfter=No|name=B-GPE_LOC',
  '5\t.\t$.\tPUNCT\t_\t_\t2\tpunct\t_\tname=O',
  '',
  '# sent_id =  000002',
  '# text = Han jobber i NRK.',
  '1\tHan\than\tPRON\t_\t_\t2\tnsubj\t_\tname=O',
  '2\tjobber\tjobbe\tVERB\t_\t_\t0\troot\t_\tname=O',
  '3\ti\ti\tADP\t_\t_\t4\tcase\t_\tname=O',
  '4\tNRK\tNRK\tPROPN\t_\t_\t2\tobl\t_\tSpaceAfter=No|name=B-ORG',
  '5\t.\t$.\tPUNCT\t_\t_\t2\tpunct\t_\tname=O',
  '',
].join('\n');

test('alignTokens: places forms on the text in order, skipping blanks', () => {
  assert.deepEqual(alignTokens('Ola  bor.', ['Ola', 'bor', '.']), [
    { start: 0, end: 3 },
    { start: 5, end: 8 },
    { start: 8, end: 9 },
  ]);
});

test('alignTokens: gives null when the text differs from the tokens', () => {
  assert.equal(alignTokens('Ola bor.', ['Ola', 'bodde', '.']), null);
  assert.equal(alignTokens('Ola bor her.', ['Ola', 'bor']), null);
});

test('entitySpans: BIO labels become typed token spans with GPE_LOC and GPE_ORG as GPE', () => {
  assert.deepEqual(entitySpans(['B-PER', 'I-PER', 'O', 'B-GPE_LOC', 'I-GPE_LOC', 'B-GPE_ORG', 'I-ORG']), [
    { type: 'PER', start: 0, end: 2 },
    { type: 'GPE', start: 3, end: 5 },
    { type: 'GPE', start: 5, end: 6 },
    { type: 'ORG', start: 6, end: 7 },
  ]);
});

test('prf: precision, recall and F1 in percent, zero when nothing is predicted', () => {
  assert.deepEqual(prf({ match: 3, gold: 4, predicted: 6 }), { precision: 50, recall: 75, f1: 60 });
  assert.deepEqual(prf({ match: 0, gold: 4, predicted: 0 }), { precision: 0, recall: 0, f1: 0 });
});

test('groupDocuments: follows the document comment, else cuts runs of the pseudo-document size', () => {
  const gold = readGoldSentences(CONLLU);
  assert.equal(groupDocuments(gold).length, 1);
  const many = Array.from({ length: PSEUDO_DOCUMENT_SIZE + 1 }, (_, i) => ({ ...gold[0]!, id: String(i) }));
  assert.deepEqual(
    groupDocuments(many).map((d) => d.length),
    [PSEUDO_DOCUMENT_SIZE, 1],
  );
  const documents = gold.map((s, i) => ({ ...s, document: `doc${i}` }));
  assert.equal(groupDocuments(documents).length, 2);
});

test('scoreSentences: a heading the file marks as its own paragraph is split off; run into the text it is not', () => {
  const heading = (id: string, text: string, newpar: boolean): string =>
    [
      ...(newpar ? ['# newpar'] : []),
      `# sent_id =  ${id}`,
      `# text = ${text}`,
      '1\tx\tx\tX\t_\t_\t0\troot\t_\tname=O',
      '',
    ].join('\n');
  const conllu = [
    heading('1', 'Ferja går igjen', false),
    heading('2', 'Rederiet melder at ferja er tilbake i rute fra mandag.', true),
  ].join('\n');
  const gold = readGoldSentences(conllu);
  assert.deepEqual(
    gold.map((s) => s.paragraphStart),
    [false, true],
  );
  assert.deepEqual(scoreSentences(gold, splitBokmal).spans, { match: 2, gold: 2, predicted: 2 });
  assert.deepEqual(scoreSentences(gold, splitBokmal, { paragraphs: false }).spans, {
    match: 0,
    gold: 2,
    predicted: 1,
  });
});

function splitOnPeriods(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const re = /[^\s.]+|\./g;
  let tokens: Sentence['tokens'] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
    if (m[0] === '.') {
      sentences.push({ start: tokens[0]!.start, end: m.index + 1, tokens });
      tokens = [];
    }
  }
  return sentences;
}

const fakeNlp: NlpPipeline = {
  splitSentences: splitOnPeriods,
  tag: (words) => words.map((w) => ({ upos: w === '.' ? 'PUNCT' : 'NOUN', feats: '_', lemma: w })),
  recognise: (words) => words.map((w) => (w === 'Ola' ? 'B-PER' : w === 'Nord-Norge' ? 'B-GPE' : 'O')),
  analyze: () => [],
};

test('runNlpEvaluation: scores tokens, sentences, tags and entities of a split file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nlp-eval-'));
  writeFileSync(join(dir, 'dev.conllu'), CONLLU);
  const e = runNlpEvaluation('dev', fakeNlp, { dataDir: dir });
  assert.equal(e.tokens, 10);
  assert.deepEqual(e.tokenization.counts, { match: 10, gold: 10, predicted: 10 });
  assert.deepEqual(e.segmentation.spans, { match: 2, gold: 2, predicted: 2 });
  assert.equal(e.tagging?.upos, 20);
  assert.deepEqual(e.tagging?.entities.get('all'), { match: 2, gold: 3, predicted: 2 });
  assert.deepEqual(e.tagging?.entities.get('ORG'), { match: 0, gold: 1, predicted: 0 });
});

test('evaluateNlp: without a pipeline the table reports tokens and sentences only', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nlp-eval-'));
  writeFileSync(join(dir, 'test.conllu'), CONLLU);
  const table = evaluateNlp('test', null, { dataDir: dir });
  assert.match(table, /^tokens\s+100\.00\s+100\.00\s+100\.00/m);
  assert.match(table, /no trained pipeline/);
  assert.doesNotMatch(table, /UPOS accuracy/);
});
