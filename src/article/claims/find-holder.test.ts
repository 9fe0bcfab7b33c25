// Specification of how a number's holder is taken from the quote around it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Quote } from '../../contract/schema.ts';
import { findHolder, resolveHolder, trimHolder } from './find-holder.ts';
import { nbSpeech } from '../../languages/nb/speech/index.ts';

const quote = (
  start: number,
  end: number,
  speakerName: string | null,
  speakerRole: string | null,
  cue: string,
): Quote => ({
  speaker: null,
  speakerName,
  speakerRole,
  text: '',
  kind: 'indirect',
  cue,
  outlet: null,
  start,
  end,
});

test('the innermost quote around the number names its holder, by name or else by description', () => {
  const quotes = [
    quote(0, 100, 'Kari Berg', null, 'sier'),
    quote(10, 40, null, 'vestlig etterretning', 'ifølge'),
  ];
  assert.deepEqual(findHolder(quotes, 50, 60), { name: 'Kari Berg', cue: 'sier' });
  assert.deepEqual(findHolder(quotes, 20, 30), { name: 'vestlig etterretning', cue: 'ifølge' });
  assert.equal(findHolder(quotes, 95, 120), null);
  assert.equal(findHolder([quote(0, 50, null, null, 'sier')], 10, 20), null);
});

test('a holder is a name or a short noun phrase, never a clause', () => {
  assert.equal(trimHolder('dommen brukte mannen pengene blant annet på en hytte i', nbSpeech), 'dommen');
  assert.equal(trimHolder('seniorforsker i FHI', nbSpeech), 'seniorforsker i FHI');
  assert.equal(
    trimHolder('Statssekretær (Ap) i Helse- og omsorgsdepartementet', nbSpeech),
    'Statssekretær (Ap) i Helse- og omsorgsdepartementet',
  );
  assert.equal(trimHolder('Vest politidistrikt', nbSpeech), 'Vest politidistrikt');
  assert.equal(trimHolder('vestlig etterretning', nbSpeech), 'vestlig etterretning');
  assert.equal(trimHolder('Nettselskapet BKK', nbSpeech), 'BKK');
  assert.equal(trimHolder('Han viser til at en ekstern kvalitetssikring', nbSpeech), null);
});

test('a definite noun for a body or its document resolves to the name the article gave it', () => {
  const body =
    'Tromsø kommune la fram tall. Utenriksdepartementet svarte. Russland protesterte. Saken gikk for Nord-Troms tingrett.';
  const names = ['Tromsø kommune', 'Utenriksdepartementet', 'Russland', 'Nord-Troms tingrett'].map((text) => {
    const start = body.indexOf(text);
    return { start, end: start + text.length, text };
  });
  const at = body.length;
  assert.equal(resolveHolder('kommunen', body, names, at, nbSpeech), 'Tromsø kommune');
  assert.equal(resolveHolder('tingretten', body, names, at, nbSpeech), 'Nord-Troms tingrett');
  assert.equal(resolveHolder('Retten', body, names, at, nbSpeech), 'Nord-Troms tingrett');
  assert.equal(resolveHolder('departementet', body, names, at, nbSpeech), 'Utenriksdepartementet');
  assert.equal(
    resolveHolder('landet', body, names, at, nbSpeech),
    'landet',
    'a country is not named by its last letters',
  );
  assert.equal(resolveHolder('rapporten', body, names, at, nbSpeech), 'rapporten', 'no report was named');
  assert.equal(resolveHolder('kommunen', body, [], at, nbSpeech), 'kommunen');
});

test('a compound of the kind resolves too: sentralbanken is Norges Bank, politiet is Vest politidistrikt', () => {
  const body = 'Norges Bank satte ned renten. Vest politidistrikt etterforsker ulykken.';
  const names = ['Norges Bank', 'Vest politidistrikt'].map((text) => {
    const start = body.indexOf(text);
    return { start, end: start + text.length, text };
  });
  assert.equal(resolveHolder('sentralbanken', body, names, body.length, nbSpeech), 'Norges Bank');
  assert.equal(resolveHolder('politiet', body, names, body.length, nbSpeech), 'Vest politidistrikt');
});

test('a noun the text introduced a name with stands for that name later: selskapet is Nordkyn Vind', () => {
  const body =
    'NVE ga selskapet Nordkyn Vind AS konsesjon i fjor. Statkraft er ikke med. Ifølge selskapet blir det dyrt.';
  const names = ['NVE', 'Nordkyn Vind AS', 'Statkraft'].map((text) => {
    const start = body.indexOf(text);
    return { start, end: start + text.length, text };
  });
  const at = body.indexOf('Ifølge');
  assert.equal(resolveHolder('selskapet', body, names, at, nbSpeech), 'Nordkyn Vind AS');
});
