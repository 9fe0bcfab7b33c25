// Specification of how the subject before a reporting verb is read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSubjectBefore } from './parse-subject.ts';
import { buildTextModel } from './text-model.ts';
import { nbSpeech } from '../../languages/nb/speech/index.ts';

const setUp = (sentence: string, cue: string) => {
  const model = buildTextModel(sentence, [], nbSpeech);
  const tokens = model.sentences[0]!.tokens;
  const at = tokens.findIndex((t) => t.text === cue);
  return { model, tokens, at };
};

test('the subject before the verb: apposition either side, brackets, pronouns and descriptions', () => {
  const cases: Array<[string, string, string | null, string | null, string | null]> = [
    ['Kari Berg, forsker ved NTNU, mener at isen smelter.', 'mener', 'Kari Berg', 'forsker ved NTNU', null],
    ['Bondelagets leder, Ola Dahl, sier at prisene må opp.', 'sier', 'Ola Dahl', 'Bondelagets leder', null],
    [
      'Helseminister Jan Vestre (Ap) avviser at tallene stemmer.',
      'avviser',
      'Jan Vestre',
      'Helseminister (Ap)',
      null,
    ],
    ['Han sier også at det haster.', 'sier', null, null, 'pronoun'],
    [
      'Fagsjef Ole Mæland i forbundet sier at laksen kan svekke stammene.',
      'sier',
      'Ole Mæland',
      'Fagsjef i forbundet',
      null,
    ],
    [
      'Klubbleder Stian Hovland i Fellesforbundet ved verftet mener tallet er overdrevet.',
      'mener',
      'Stian Hovland',
      'Klubbleder i Fellesforbundet ved verftet',
      null,
    ],
    [
      'Tekna, som organiserer de fleste utviklerne, mener at tallet er for lavt.',
      'mener',
      'Tekna',
      null,
      null,
    ],
    ['Flere økonomer tror at renten faller.', 'tror', null, 'Flere økonomer', null],
    [
      'Været var fint, og lokale bønder har hevdet at avlingen blir god.',
      'hevdet',
      null,
      'lokale bønder',
      null,
    ],
  ];
  for (const [sentence, cue, name, role, refersBack] of cases) {
    const { model, tokens, at } = setUp(sentence, cue);
    const got = parseSubjectBefore(model, tokens, at);
    assert.deepEqual(
      [got?.name ?? null, got?.role ?? null, got?.refersBack ?? null],
      [name, role, refersBack],
      sentence,
    );
  }
});
