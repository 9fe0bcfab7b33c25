// Specification of how a speaker is read from the words after or before a reporting verb.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSpeakerAfter } from './parse-attribution.ts';
import { buildTextModel } from './text-model.ts';
import { nbSpeech } from '../../languages/nb/speech/index.ts';

const setUp = (sentence: string, cue: string) => {
  const model = buildTextModel(sentence, [], nbSpeech);
  const tokens = model.sentences[0]!.tokens;
  const at = tokens.findIndex((t) => t.text === cue);
  return { model, tokens, at };
};

test('the speaker after the verb: name, role around it, outlet after til/ifølge/overfor', () => {
  const cases: Array<[string, string, string | null, string | null, string | null, string | null]> = [
    // sentence, cue, name, role, outlet, refersBack
    ['– Vi er klare, sier ordfører Kari Berg til NRK.', 'sier', 'Kari Berg', 'ordfører', 'NRK', null],
    [
      '– Det går bra, sier Ola Dahl, leder i Bondelaget, til Nationen.',
      'sier',
      'Ola Dahl',
      'leder i Bondelaget',
      'Nationen',
      null,
    ],
    ['– Vi vet ikke, sa han.', 'sa', null, null, null, 'pronoun'],
    [
      '– Vi har gitt noe, sier fiskeri- og havminister Jon Arne Heggland til NTB.',
      'sier',
      'Jon Arne Heggland',
      'fiskeri- og havminister',
      'NTB',
      null,
    ],
    ['– Det er alvorlig, sa statsministeren og gikk.', 'sa', null, 'statsministeren', null, 'role'],
    [
      '– Vi er glade, sier den svenske eksperten Eva Ek ved KTH, til det britiske nyhetsbyrået Reuters.',
      'sier',
      'Eva Ek',
      'den svenske eksperten ved KTH',
      'Reuters',
      null,
    ],
    [
      '– Alt er bra, sier president Joe Bidens rådgiver, Anna Lind.',
      'sier',
      'Anna Lind',
      'president Joe Bidens rådgiver',
      null,
      null,
    ],
    ['– Vi gir oss ikke, skriver Per Hansen i sosiale medier.', 'skriver', 'Per Hansen', null, null, null],
    ['– Det stemmer, sier Kari Berg overfor E24.', 'sier', 'Kari Berg', null, 'E24', null],
  ];
  for (const [sentence, cue, name, role, outlet, refersBack] of cases) {
    const { model, tokens, at } = setUp(sentence, cue);
    const got = parseSpeakerAfter(model, tokens.slice(at + 1));
    assert.deepEqual(
      [got?.name ?? null, got?.role ?? null, got?.outlet ?? null, got?.refersBack ?? null],
      [name, role, outlet, refersBack],
      sentence,
    );
  }
});

test('a name followed by a verb opens a new clause and is not the speaker', () => {
  const { model, tokens, at } = setUp('Talspersonen sier Kari Berg er i byen.', 'sier');
  assert.equal(parseSpeakerAfter(model, tokens.slice(at + 1)), null);
});
