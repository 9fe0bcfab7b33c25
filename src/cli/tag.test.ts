import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AnalyzedSentence, NlpPipeline } from '../languages/nlp.ts';
import { main } from './main.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { formatJson, formatReadable, readInput, tagConllu } from './tag.ts';

const INPUT = [
  '# sent_id =  000001',
  '# text = Kari flyttet til Tromsø.',
  '1\tKari\tKari\tPROPN\t_\t_\t2\tnsubj\t_\tname=B-PER',
  '2\tflyttet\tflytte\tVERB\t_\tTense=Past\t0\troot\t_\tname=O',
  '3\ttil\ttil\tADP\t_\t_\t4\tcase\t_\tname=O',
  '4\tTromsø\tTromsø\tPROPN\t_\t_\t2\tobl\t_\tSpaceAfter=No|name=B-GPE_LOC',
  '5\t.\t$.\tPUNCT\t_\t_\t2\tpunct\t_\tname=O',
  '',
  '',
].join('\n');

const nlp: NlpPipeline = {
  splitSentences: () => [],
  tag: (words) =>
    words.map((w) => ({ upos: w === '.' ? 'PUNCT' : 'X', feats: 'Foo=Bar', lemma: w.toLowerCase() })),
  recognise: (words) => words.map((w) => (w === 'Tromsø' ? 'B-GPE' : 'O')),
  analyze: () => [],
};

test('tagConllu: writes predicted UPOS, LEMMA, FEATS and name= while keeping comments and SpaceAfter', () => {
  const lines = tagConllu(INPUT, nlp).split('\n');
  assert.equal(lines[0], '# sent_id =  000001');
  assert.equal(lines[1], '# text = Kari flyttet til Tromsø.');
  assert.equal(lines[2], '1\tKari\tkari\tX\t_\tFoo=Bar\t_\t_\t_\tname=O');
  assert.equal(lines[5], '4\tTromsø\ttromsø\tX\t_\tFoo=Bar\t_\t_\t_\tSpaceAfter=No|name=B-GPE');
  assert.equal(lines.length, 9);
});

test('tagConllu: without a pipeline every tag is `_` and no gold label leaks through', () => {
  const out = tagConllu(INPUT, null);
  assert.doesNotMatch(out, /B-PER|PROPN|flytte\t/);
  assert.match(out, /^1\tKari\t_\t_\t_\t_\t_\t_\t_\tname=O$/m);
});

const analyzed: AnalyzedSentence[] = [
  {
    start: 0,
    end: 21,
    tokens: [
      { text: 'Kari', start: 0, end: 4, upos: 'PROPN', feats: '_', lemma: 'Kari', ner: 'B-PER' },
      { text: 'bor', start: 5, end: 8, upos: 'VERB', feats: 'Tense=Pres', lemma: 'bo', ner: 'O' },
      { text: 'i', start: 9, end: 10, upos: 'ADP', feats: '_', lemma: 'i', ner: 'O' },
      {
        text: 'Nord-Norge',
        start: 11,
        end: 21,
        upos: 'PROPN',
        feats: '_',
        lemma: 'Nord-Norge',
        ner: 'B-GPE',
      },
    ],
  },
];
const TEXT = 'Kari bor i Nord-Norge';

test('formatReadable: one line per token with tag, lemma and label, then the sentence entities', () => {
  const out = formatReadable(TEXT, analyzed);
  assert.match(out, /^# 1 \[0-21\] Kari bor i Nord-Norge/);
  assert.match(out, /^ {2}bor +VERB +bo +O +Tense=Pres$/m);
  assert.match(out, /entities: Kari \(PER\), Nord-Norge \(GPE\)/);
});

test('formatJson: sentences with their text, tokens and entity spans', () => {
  const out = JSON.parse(formatJson(TEXT, analyzed, true)) as {
    models: boolean;
    sentences: { entities: { type: string; text: string; start: number; end: number }[] }[];
  };
  assert.equal(out.models, true);
  assert.deepEqual(
    out.sentences[0]?.entities.map((e) => [e.type, e.text, e.start, e.end]),
    [
      ['PER', 'Kari', 0, 4],
      ['GPE', 'Nord-Norge', 11, 21],
    ],
  );
});

test('sakskart tag --json: prints every token of raw text with its span, with or without trained models', async (t) => {
  const written: string[] = [];
  t.mock.method(process.stdout, 'write', (chunk: string) => written.push(chunk) > 0);
  t.mock.method(process.stderr, 'write', () => true);
  const code = await main(['tag', '--json', 'Ola bor i Nord-Norge. Han liker det.']);
  const out = JSON.parse(written.join('')) as { sentences: { tokens: { text: string; start: number }[] }[] };
  assert.equal(code, 0);
  assert.deepEqual(
    out.sentences.map((s) => s.tokens.map((tok) => `${tok.text}@${tok.start}`).join(' ')),
    ['Ola@0 bor@4 i@8 Nord-Norge@10 .@20', 'Han@22 liker@26 det@32 .@35'],
  );
});

test('readInput: the text itself, stdin, or the file it names; empty, binary, folder or missing input is refused by name', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sakskart-tag-'));
  try {
    const article = path.join(dir, 'sak.txt');
    writeFileSync(article, 'Statsministeren besøkte Bodø tirsdag.');
    writeFileSync(path.join(dir, 'tom.txt'), '');
    writeFileSync(path.join(dir, 'blank.txt'), ' \n\t\n');
    writeFileSync(path.join(dir, 'bilde.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10, 0x4a, 0x46]));
    assert.deepEqual(await readInput(article, false), { text: 'Statsministeren besøkte Bodø tirsdag.' });
    assert.deepEqual(await readInput('Kari bor i Oslo/Akershus.', false), {
      text: 'Kari bor i Oslo/Akershus.',
    });
    assert.deepEqual(await readInput('Oslo/Akershus', false), { text: 'Oslo/Akershus' });
    const stdin = async function* (chunks: string[]): AsyncGenerator<Uint8Array> {
      for (const c of chunks) yield Buffer.from(c);
    };
    assert.deepEqual(await readInput('-', false, undefined, stdin(['Kari bor ', 'i Tromsø.'])), {
      text: 'Kari bor i Tromsø.',
    });
    const refused = async (arg: string, fileOnly = false, maxBytes?: number): Promise<string> => {
      const got = await readInput(arg, fileOnly, maxBytes);
      assert.ok('error' in got, `${arg} was read as text`);
      return got.error;
    };
    assert.match(await refused(path.join(dir, 'tom.txt')), /empty \(0 bytes\)/);
    assert.match(await refused(path.join(dir, 'blank.txt')), /nothing to tag/);
    assert.match(await refused(path.join(dir, 'bilde.jpg')), /binary data, not text/);
    assert.match(await refused(dir), /is a folder/);
    assert.match(
      await refused(path.join(dir, 'borte.txt')),
      /cannot read .*borte\.txt: no such file or directory/,
    );
    assert.match(await refused('ordliste', true), /cannot read ordliste: no such file or directory/);
    assert.match(await refused(''), /the text is empty/);
    const empty = await readInput(undefined, false, undefined, stdin([]));
    assert.deepEqual(empty, { error: 'stdin: empty (0 bytes)' });
    assert.match(await refused(article, false, 10), /sak\.txt is too large: 39 bytes, the limit is 10 bytes/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sakskart tag --input conllu: a file that is not CoNLL-U gets its line number and exit code 1', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sakskart-tag-'));
  const errors: string[] = [];
  t.mock.method(process.stdout, 'write', () => true);
  t.mock.method(process.stderr, 'write', (chunk: string) => errors.push(chunk) > 0);
  try {
    const file = path.join(dir, 'ikke-conllu.txt');
    writeFileSync(file, '# text = Hei\n1\tHei\tHei\n');
    const code = await main(['tag', '--input', 'conllu', file]);
    assert.equal(code, 1);
    assert.match(errors.join(''), /ikke-conllu\.txt: line 2 has 3 of CoNLL-U's 10 columns: "1\\tHei\\tHei"/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('sakskart tag --lang: a code with no language pack is refused with the packs there are (exit 2)', async (t) => {
  const errors: string[] = [];
  t.mock.method(process.stdout, 'write', () => true);
  t.mock.method(process.stderr, 'write', (chunk: string) => errors.push(chunk) > 0);
  const code = await main(['tag', '--lang', 'nbb', 'Ola bor i Nord-Norge.']);
  assert.equal(code, 2);
  assert.match(errors.join(''), /no language pack for nbb \(packs: .*\bnb\b.*\)/);
});
