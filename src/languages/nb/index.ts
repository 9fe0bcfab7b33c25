// Norwegian Bokmål: the first language pack.
import { stemmer } from '@orama/stemmers/norwegian';
import { stopwords } from '@orama/stopwords/norwegian';
import type { LanguagePack } from '../pack.ts';
import type { NlpPipeline } from '../nlp.ts';
import { nbCleaning } from './cleaning.ts';
import { nbTimeParser } from './time/index.ts';
import { eventLexicon } from './events.ts';
import { relationLexicon } from './relations.ts';
import { demonyms, nationalities } from './nationalities.ts';
import { countryNamesIn } from '../country-names.ts';
import { createNbNlp } from './nlp/index.ts';
import { nbSpeech } from './speech/index.ts';
import { nbQuantities } from './numbers/index.ts';

// One pipeline per process: its models are read on first use.
let nlp: NlpPipeline | undefined;

export const nb: LanguagePack = {
  code: 'nb',
  name: 'norsk bokmål',
  stem: (word) => stemmer(word.toLowerCase()),
  cleaning: nbCleaning,
  time: nbTimeParser,
  compoundNames: {
    ORG: [
      'sjef',
      'leder',
      'land',
      'møte',
      'toppmøte',
      'medlem',
      'resolusjon',
      'sanksjon',
      'vedtak',
      'styrke',
      'ambassad',
      'kommisjon',
      'direktør',
      'talsm',
    ],
    GPE: ['region', 'provins', 'fylke', 'område', 'grense', 'besøk', 'krig', 'hovedstad', 'regjering'],
  },
  nationalities,
  demonyms,
  nameTypes: {
    orgHeads: [
      'gruppe',
      'parti',
      'selskap',
      'bank',
      'departement',
      'direktorat',
      'kommune',
      'universitet',
      'institutt',
      'råd',
      'forbund',
      'forening',
      'lag',
      'klubb',
      'konsern',
      'stiftelse',
      'tilsyn',
      'domstol',
      'tingrett',
      'lagmannsrett',
      'avis',
      'blad',
      'tidende',
      'kommisjon',
      'etat',
      'nemnd',
      'tjeneste',
      'vesen',
      'verk',
      'senter',
      'sykehus',
      'sjukehus',
      'museum',
      'akademi',
      'fond',
      'politidistrikt',
    ],
    placeHeads: ['kommune', 'fylke'],
    placeNouns: ['by', 'landsby', 'bygd', 'tettsted', 'hovedstad', 'havneby', 'provins', 'delstat', 'region'],
    placePrepositions: ['i', 'ved', 'utenfor', 'nær'],
    verbPrepositions: ['på'],
    offices: [
      'statsforvalter',
      'fylkesmann',
      'sysselmester',
      'sysselmann',
      'universitet',
      'høgskole',
      'høgskule',
      'studentparlament',
    ],
    // The European roads through Norway (`E6`, `E 39`; not the news site `E24`), national and county roads
    // (`Rv. 7`, `Fv17`, `Riksvei 3`).
    placeForms:
      /^(?:E ?(?:6|8|10|14|16|18|39|45|69|75|105|134|136)|(?:Rv|Fv|Riksvei|Fylkesvei)\.? ?\d{1,4})$/u,
    companySuffixes: [
      'AS',
      'ASA',
      'SA',
      'S.A.',
      'AB',
      'Oy',
      'GmbH',
      'AG',
      'Ltd',
      'Inc',
      'plc',
      'A/S',
      'BV',
      'NV',
      'LLC',
    ],
  },
  functionWords: new Set(stopwords.map((w) => w.toLowerCase())),
  countries: countryNamesIn('nb', {
    BY: ['Belarus'],
    US: ['De forente stater', 'Amerika'],
    GB: ['Britannia'],
  }),
  relations: relationLexicon,
  events: eventLexicon,
  speech: nbSpeech,
  quantities: nbQuantities,
  loadNlp: () => (nlp ??= createNbNlp()),
};
