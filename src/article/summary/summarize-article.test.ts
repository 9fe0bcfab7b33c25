import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summarizeArticle, summaryLength } from './summarize-article.ts';

const BODY = [
  'Regjeringen foreslår å bruke 12 milliarder kroner mer på forsvaret neste år, opplyser Finansdepartementet tirsdag.',
  'Pengene skal blant annet gå til nye fregatter, luftvern og flere vernepliktige soldater.',
  'Finansminister Trygve Slagsvold Vedum sier at budsjettet er stramt, men nødvendig.',
  'Det var mye folk i gangene på Stortinget da budsjettet ble lagt fram.',
  'Opposisjonen mener økningen i forsvarsbudsjettet kommer for sent og er for liten.',
  'Høyre vil bruke ytterligere 3 milliarder kroner på forsvaret, ifølge partiets eget forslag.',
  'Været i Oslo var grått og regnfullt hele dagen.',
  'Hva betyr dette for deg?',
  'Forsvarsbudsjettet skal etter planen nå to prosent av BNP innen 2026.',
].join('\n');

test('picks three to five whole sentences of the body, in body order', () => {
  const summary = summarizeArticle({
    body: BODY,
    title: 'Regjeringen øker forsvarsbudsjettet med 12 milliarder',
    summaryGiven: [],
  });
  assert.ok(summary.length >= 3 && summary.length <= 5);
  for (const sentence of summary) assert.ok(BODY.includes(sentence));
  const order = summary.map((s) => BODY.indexOf(s));
  assert.deepEqual(
    order,
    [...order].sort((a, b) => a - b),
  );
});

test('the lead sentence with the title words and the number is picked; weather small talk and questions are not', () => {
  const summary = summarizeArticle({
    body: BODY,
    title: 'Regjeringen øker forsvarsbudsjettet med 12 milliarder',
    summaryGiven: [],
  });
  assert.ok(summary[0]?.startsWith('Regjeringen foreslår å bruke 12 milliarder'));
  assert.ok(!summary.some((s) => s.startsWith('Været i Oslo')));
  assert.ok(!summary.some((s) => s.endsWith('?')));
});

test('never copies a sentence of the given summary box', () => {
  const given = [
    'Regjeringen foreslår å bruke 12 milliarder kroner mer på forsvaret neste år, opplyser Finansdepartementet tirsdag.',
  ];
  const summary = summarizeArticle({ body: BODY, title: 'Forsvaret får mer', summaryGiven: given });
  assert.ok(!summary.includes(given[0] ?? ''));
});

test('an empty body gives an empty summary', () => {
  assert.deepEqual(summarizeArticle({ body: '', title: null, summaryGiven: [] }), []);
});

const lengths: [sentences: number, picked: number][] = [
  [5, 3],
  [24, 3],
  [32, 4],
  [60, 5],
];
for (const [sentences, picked] of lengths) {
  test(`an article of ${sentences} sentences gets ${picked}`, () =>
    assert.equal(summaryLength(sentences), picked));
}
