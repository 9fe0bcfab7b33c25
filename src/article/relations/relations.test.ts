import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFacts } from '../extract/index.ts';
import { getLanguagePack } from '../../languages/registry.ts';

const nb = getLanguagePack('nb');

/** Relations of a text as `subject predicate object item` lines, names instead of ids. */
function relationsOf(body: string): string[] {
  const facts = extractFacts({ body, published: '2025-03-01' }, nb);
  const name = (id: string) => facts.entities.find((e) => e.id === id)?.name ?? id;
  return facts.relations.map(
    (r) => `${name(r.subject)} ${r.predicate} ${name(r.object)} ${r.item ?? '-'} ${r.certainty}`,
  );
}

const cases: [string, string, string[]][] = [
  [
    'a sender gives items to the party after "til"',
    'Tyskland sender 40 stridsvogner og ammunisjon til Polen.',
    ['Tyskland supplies Polen stridsvogn asserted', 'Tyskland supplies Polen ammunisjon asserted'],
  ],
  [
    'a receiver gets items from the party after "fra"',
    'Finland har mottatt nye jagerfly fra USA.',
    ['USA supplies Finland jagerfly asserted'],
  ],
  [
    '"forsyne X med Y" names the recipient first and the items after "med"',
    'Frankrike vil trolig forsyne Marokko med våpen og utstyr.',
    ['Frankrike supplies Marokko våpen hedged', 'Frankrike supplies Marokko utstyr hedged'],
  ],
  [
    'the return flow after "i bytte mot" goes back from the receiver, and money is a payment',
    'Ifølge Reuters skal Venezuela levere olje til Kina i bytte mot kontanter.',
    ['Venezuela supplies Kina olje reported', 'Kina pays Venezuela kontant reported'],
  ],
  [
    'an export of items from one state to another is a delivery',
    'Eksporten av laks fra Norge til Kina økte kraftig i fjor.',
    ['Norge supplies Kina laks asserted'],
  ],
  [
    'a state that wants access to another nation’s items would receive them from it',
    'Japan og USA forhandler. Japan ønsker tilgang til amerikanske jagerfly.',
    ['USA supplies Japan jagerfly asserted'],
  ],
  [
    'an agreement between two states allies them',
    'Forsvarsavtalen mellom Sverige og Finland ble undertegnet i Stockholm.',
    ['Sverige allies Finland - asserted'],
  ],
  [
    'cooperation between three states allies every pair of them',
    'Samarbeidet mellom Sverige, Finland og Estland blir tettere.',
    [
      'Sverige allies Finland - asserted',
      'Sverige allies Estland - asserted',
      'Finland allies Estland - asserted',
    ],
  ],
  [
    'a state that puts itself behind another supports it',
    'Frankrike har stilt seg bak Ukraina i forhandlingene.',
    ['Frankrike supports Ukraina - asserted'],
  ],
  [
    'supporting what a state owns supports the state',
    'Sverige har støttet Finlands forsvar med nye kanoner.',
    ['Sverige supports Finland - asserted'],
  ],
  [
    'a war "in" a country is an attack on it when the text names whose war it is',
    'Russlands krig i Ukraina har vart i tre år.',
    ['Russland attacks Ukraina - asserted'],
  ],
  [
    'help given in kind is support and a delivery of the items',
    'Tyskland har hjulpet Polen med ammunisjon.',
    ['Tyskland supports Polen - asserted', 'Tyskland supplies Polen ammunisjon asserted'],
  ],
  [
    'a plural "de" with no name in its clause continues the state named before',
    'Japan har fått nye fly fra USA. Nå har de også mottatt radarer fra Sverige.',
    ['Sverige supplies Japan radar asserted'],
  ],
  [
    'a war of one state against another is an attack',
    'Russlands krig mot Ukraina har vart i over tre år.',
    ['Russland attacks Ukraina - asserted'],
  ],
  [
    'a nationality adjective on the items names where they come from',
    'Polen har mottatt amerikanske jagerfly. USA har lenge vært en alliert.',
    ['USA supplies Polen jagerfly asserted'],
  ],
  [
    'forces named by nationality act for their country, and a nationality before a place names its owner',
    'Grensen mellom Polen og Belarus er stengt. I mars invaderte polske styrker den hviterussiske grensebyen.',
    ['Polen attacks Belarus - asserted'],
  ],
  [
    'two people who met each other meet, and the place stays out of it',
    'Jonas Gahr Støre og Olaf Scholz møttes i Berlin tirsdag.',
    ['Jonas Gahr Støre meets Olaf Scholz - asserted'],
  ],
];

for (const [what, text, expected] of cases) {
  test(`relations: ${what}`, () => {
    const found = relationsOf(text);
    for (const relation of expected)
      assert.ok(found.includes(relation), `missing «${relation}» in ${JSON.stringify(found)}`);
  });
}

test('relations: "han" as subject is the person named before, and a leader acts for the state', () => {
  const found = relationsOf(
    'Finlands president Alexander Stubb holdt en tale mandag. I går sendte han nye granater til Ukraina.',
  );
  assert.ok(found.includes('Finland supplies Ukraina granat asserted'), JSON.stringify(found));
});

test('relations: a flow stated about a leader counts for the state the text makes them lead', () => {
  const found = relationsOf(
    'Russlands president Vladimir Putin besøkte Pyongyang i juni. Putin har mottatt granater fra Nord-Korea.',
  );
  assert.ok(found.includes('Nord-Korea supplies Russland granat asserted'), JSON.stringify(found));
});
