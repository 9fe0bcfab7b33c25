// Norwegian Bokmål event words: meetings, visits, agreements, deliveries, attacks, statements, sanctions.
import type { EventLexicon } from '../event-lexicon.ts';

export const eventLexicon: EventLexicon = {
  triggers: [
    {
      id: 'nb/event/meeting',
      type: 'meeting',
      lemmas: ['møte', 'møtes', 'toppmøte', 'forhandling', 'samtale', 'stevnemøte', 'forhandle'],
      example: 'Statsministeren møtte presidenten i Berlin tirsdag.',
    },
    {
      id: 'nb/event/visit',
      type: 'visit',
      lemmas: ['besøke', 'besøk', 'gjeste', 'ankomme', 'utenlandsreise', 'statsbesøk', 'reise', 'lande'],
      example: 'Kongen besøkte Tromsø i juni 2023.',
    },
    {
      id: 'nb/event/agreement',
      type: 'agreement',
      lemmas: [
        'avtale',
        'forsvarsavtale',
        'inngå',
        'signere',
        'undertegne',
        'vedta',
        'samarbeidsavtale',
        'traktat',
      ],
      example: 'Partene inngikk en avtale om lønnsoppgjøret natt til fredag.',
    },
    {
      id: 'nb/event/delivery',
      type: 'delivery',
      lemmas: ['sende', 'levere', 'forsyne', 'motta', 'leveranse', 'overlevere', 'eksportere'],
      example: 'Fabrikken leverte 400 busser til Sverige i fjor.',
    },
    {
      id: 'nb/event/attack',
      type: 'attack',
      lemmas: [
        'angripe',
        'angrep',
        'invadere',
        'invasjon',
        'fullskalainvasjon',
        'bombe',
        'beskyte',
        'offensiv',
        'fremrykking',
        'krig',
        'angrepskrig',
      ],
      example: 'Styrkene angrep byen natt til søndag.',
    },
    {
      id: 'nb/event/statement',
      type: 'statement',
      lemmas: ['uttale', 'tale', 'pressekonferanse', 'kunngjøre', 'erklære', 'publisere', 'brev', 'talte'],
      example: 'Ministeren uttalte seg på en pressekonferanse mandag.',
    },
    {
      id: 'nb/event/sanction',
      type: 'sanction',
      lemmas: ['sanksjon', 'sanksjonere', 'embargo', 'straffetiltak', 'resolusjon'],
      example: 'EU vedtok nye sanksjoner mot landet i mars.',
    },
  ],
  placePrepositions: ['i', 'på', 'ved', 'til'],
  irrealis: ['hvis', 'dersom', 'om', 'kanskje', 'ventes', 'forventer', 'planlegger', 'skulle'],
  backReferences: ['dette', 'denne', 'disse', 'samme'],
};
