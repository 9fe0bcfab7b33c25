import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinAtConnectors } from './name-joins.ts';
import type { EntityLabel } from './nlp.ts';

/** Labels for the words of `text`, given as `word/LABEL` where a word is part of a name. */
function labelled(text: string): { words: string[]; labels: EntityLabel[] } {
  const pairs = text.split(' ').map((t) => t.split('/'));
  return { words: pairs.map(([w]) => w as string), labels: pairs.map(([, l]) => (l ?? 'O') as EntityLabel) };
}

function joined(text: string): string {
  const { words, labels } = labelled(text);
  return joinAtConnectors(words, labels)
    .map((l, i) => (l === 'O' ? words[i] : `${words[i]}/${l}`))
    .join(' ');
}

test('an organisation split at an English joining word is one organisation', () => {
  assert.equal(
    joined(
      'forsker ved International/B-ORG Institute/I-ORG for Strategic/B-ORG Studies/I-ORG i London/B-GPE',
    ),
    'forsker ved International/B-ORG Institute/I-ORG for/I-ORG Strategic/I-ORG Studies/I-ORG i London/B-GPE',
  );
  assert.equal(
    joined('studerer ved University/B-ORG of California/B-GPE'),
    'studerer ved University/B-ORG of/I-ORG California/I-ORG',
  );
});

test('an office named for a place is one organisation, as NorNE writes it', () => {
  assert.equal(
    joined('Sysselmannen/B-ORG for Svalbard/B-GPE sier'),
    'Sysselmannen/B-ORG for/I-ORG Svalbard/I-ORG sier',
  );
});

test('a person, a place first or a common word after the joining word stays apart', () => {
  for (const text of [
    'Microsoft/B-ORG and Bill/B-PER Gates/I-PER',
    'Norge/B-GPE for Norge/B-GPE',
    'Equinor/B-ORG for første gang',
    'Equinor/B-ORG og Aker/B-ORG',
  ])
    assert.equal(joined(text), text);
});
