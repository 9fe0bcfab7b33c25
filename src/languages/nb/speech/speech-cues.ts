// Norwegian cue words around speech as data: sources, outlets, channels, pronouns, adverbs, auxiliaries.

/** Introduce the source of what follows or precedes: `ifølge Reuters`, `i følge politiet`. */
export const ACCORDING_CUES: readonly string[] = ['ifølge', 'i følge', 'iflg.'];

/** Nouns that introduce a media outlet's name: `til det amerikanske nyhetsbyrået AP`. */
export const OUTLET_NOUNS: readonly string[] = [
  'nyhetsbyrået',
  'nyhetsbyrå',
  'avisen',
  'avisa',
  'kanalen',
  'tv-kanalen',
  'nettstedet',
  'nettavisen',
  'nettavisa',
  'magasinet',
  'tidsskriftet',
  'radiokanalen',
  'statskanalen',
  'kringkasteren',
  'byrået',
  'nyhetstjenesten',
  'podkasten',
];

/** Media outlets common in Norwegian news; any capitalised name after `til` in an attribution also counts. */
export const KNOWN_OUTLETS: readonly string[] = [
  'NRK',
  'TV 2',
  'VG',
  'Dagbladet',
  'Aftenposten',
  'DN',
  'Dagens Næringsliv',
  'E24',
  'NTB',
  'Nettavisen',
  'Klassekampen',
  'Bergens Tidende',
  'BT',
  'Adresseavisen',
  'Stavanger Aftenblad',
  'Vårt Land',
  'Morgenbladet',
  'ABC Nyheter',
  'Finansavisen',
  'Reuters',
  'AP',
  'AFP',
  'BBC',
  'CNN',
  'Bloomberg',
  'The Guardian',
  'New York Times',
  'Washington Post',
  'Financial Times',
  'Al Jazeera',
  'Yonhap',
  'TASS',
  'Ria Novosti',
  'Interfax',
  'Politico',
  'Axios',
  'Sky News',
  'Fox News',
  'SVT',
  'DR',
];

/** Phrases after a cue that say where something was said, not to whom: `skriver hun i sosiale medier`. */
export const CHANNEL_PHRASES: readonly string[] = [
  'i sosiale medier',
  'på sosiale medier',
  'på X',
  'på Twitter',
  'på Facebook',
  'på Instagram',
  'på Telegram',
  'i en pressemelding',
  'i en uttalelse',
  'i et intervju',
  'i en e-post',
  'i en kommentar',
  'i en tale',
  'på en pressekonferanse',
];

export type PronounGender = 'male' | 'female' | 'plural';
/** Subject pronouns that can stand for a speaker: `sier han`, `legger hun til`. */
export const SPEAKER_PRONOUNS: Readonly<Record<string, PronounGender>> = {
  han: 'male',
  hun: 'female',
  hu: 'female',
  de: 'plural',
};

/** Words that may sit between subject, reporting verb and `at` without breaking the pattern. */
export const SPEECH_ADVERBS: readonly string[] = [
  'også',
  'likevel',
  'imidlertid',
  'videre',
  'dessuten',
  'derimot',
  'blant annet',
  'nå',
  'selv',
  'samtidig',
  'i dag',
  'i går',
  'tidligere',
  'fortsatt',
  'bestemt',
  'klart',
  'på det sterkeste',
  'på sin side',
  'først',
  'ofte',
  'gjentatte ganger',
  'åpent',
  'offentlig',
  'senere',
  'derfor',
  'heller',
  'bare',
  'allerede',
  'ikke',
  'mandag',
  'tirsdag',
  'onsdag',
  'torsdag',
  'fredag',
  'lørdag',
  'søndag',
  'kveld',
  'morgen',
  'ettermiddag',
  'formiddag',
];

/** Auxiliaries before a participle cue: `har hevdet`, `har imidlertid avvist`. */
export const AUXILIARIES: readonly string[] = [
  'har',
  'hadde',
  'skal',
  'skulle',
  'vil',
  'ville',
  'kan',
  'kunne',
  'må',
  'måtte',
  'er',
  'var',
  'blir',
  'ble',
];

/** Conjunctions that open the reported clause. */
export const COMPLEMENTISERS: readonly string[] = ['at', 'om', 'hvorfor', 'hvordan', 'hva', 'hvor'];
