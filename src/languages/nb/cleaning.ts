// Norwegian Bokmål page furniture, caption, summary-box and genre-label words for the cleaner (data).
import type { CleaningLexicon } from '../cleaning-lexicon.ts';
import { NUMBER_WORDS, UNITS } from './time/time-words.ts';

export const nbCleaning: CleaningLexicon = {
  creditLabels: [
    'Foto',
    'Fotos',
    'Bilde',
    'Bilder',
    'Illustrasjon',
    'Illustrasjonsfoto',
    'Arkivfoto',
    'Faksimile',
    'Grafikk',
    'Video',
    'Skjermdump',
  ],
  captionPhrases: [
    /^(?:bildet|fotoet) er (?:fra|tatt)(?![\p{L}\p{N}])/iu,
    /^her ser (?:vi|du) (?:et bilde|bildet)(?![\p{L}\p{N}])/iu,
    /^bilder? tatt (?:under|i|på)(?![\p{L}\p{N}])/iu,
    /^(?:arkivbilde|arkivfoto|illustrasjonsbilde)(?![\p{L}\p{N}])/iu,
  ],
  furniture: [
    /^(?:artikkelen|saken) fortsetter (?:under|etter) (?:annonsen|reklamen)\.?$/iu,
    /^(?:annonse|reklame|annonsørinnhold|sponset innhold|betalt innhold)$/iu,
    /^(?:del|del saken|del artikkelen|del denne saken|del på (?:facebook|x|twitter|linkedin|e-post)|kopier lenke|lenke kopiert|skriv ut|e-post|send tips)$/iu,
    /^(?:lytt til (?:saken|artikkelen)|hør saken|les opp saken)(?: \d+ min\.?)?$/iu,
    /^(?:abonner|bli abonnent|logg inn|kjøp abonnement|les hele saken|les hele artikkelen|vis mer|se flere|vis flere|lukk|meny|tilbake til toppen|til forsiden)$/iu,
    /^(?:kommentarer|kommentér|skriv en kommentar|\d+ kommentarer)$/iu,
    /^(?:følg (?:oss|saken)|få varsler?|varsling|slå på varsler)(?: på .{1,30})?$/iu,
    /^(?:vis|skjul) bildetekst$/iu,
    /^(?:bilde|foto) \d+ av \d+$/iu,
    /^saken (?:oppdateres|er oppdatert)\.?$/iu,
  ],
  ageStamps: [
    /^(?:for\s+)?(?<amount>\d+|en|ett|ei)\s+(?<unit>minutt(?:er)?|timer?|dager?|uker?|måned(?:er)?|år)\s+siden(?:\s+\d+)?$/iu,
  ],
  units: UNITS,
  numberWords: NUMBER_WORDS,
  relatedHeadings: [
    /^(?:les også|les mer|se også|relaterte saker|mer om saken|mer om dette|andre leser)(?![\p{L}\p{N}]):?/iu,
  ],
  publishedLines: [
    /^(?:publisert|publ\.)\s*:?\s*(?<date>.+)$/iu,
    // A bare date line with its weekday or its clock time: `Tirsdag 22. juni 2027 kl. 16.45`, `22.06.2027 16:45`.
    /^(?<date>(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag),?\s+\d{1,2}\.\s*\p{L}+\s+\d{4}(?:,?\s*(?:kl\.?\s*)?\d{1,2}[.:]\d{2})?)$/iu,
    /^(?<date>\d{1,2}\.\s*(?:\p{L}+|\d{1,2}\.)\s*\d{4},?\s*(?:kl\.?\s*)?\d{1,2}[.:]\d{2})$/iu,
  ],
  datelines: [/^(?:oppdatert|sist oppdatert)\s*:?\s*.{0,40}\d.{0,40}$/iu],
  summaryHeadings: [
    /^(?:kortversjonen|kortversjon|kort fortalt|saken kort fortalt|oppsummering|kort oppsummert|dette er saken|saken kort|kort om saken|raskt oppsummert|saken oppsummert|oppsummert|sammendrag|hovedpunkter|dette må du vite)\s*:?$/iu,
  ],
  commentaryLabels: [
    /\bdette er en (?:kommentar|kronikk|leder|lederartikkel|debattartikkel|debattinnlegg|meningsartikkel|signert artikkel)(?![\p{L}\p{N}])/iu,
    /\b(?:kommentaren|kronikken|innlegget|teksten) (?:gir uttrykk for|gjenspeiler|uttrykker) (?:skribentens|forfatterens|skribentenes)(?![\p{L}\p{N}])/iu,
    /^(?:kommentar|kronikk|leder|debatt|debattinnlegg|leserinnlegg|leserbrev|meninger|ytring|innlegg|signert)\s*:/iu,
    /^(?:kommentar|kronikk|leder|debatt|leserinnlegg|ytring|kommentator|politisk kommentator|utenrikskommentator|sjefredaktør|politisk redaktør)$/iu,
  ],
  analysisLabels: [/\bdette er en analyse\b/iu, /^(?:analyse|nyhetsanalyse)\s*:?$/iu, /^analyse\s*:/iu],
  otherLabels: [
    /^(?:anmeldelse|minneord|nekrolog|quiz|oppskrift|annonsørinnhold|sponset innhold|betalt innhold)\s*:?$/iu,
    /\bdette er (?:en annonse|annonsørinnhold|sponset innhold)(?![\p{L}\p{N}])/iu,
    /^terningkast\s*:?\s*\d\b/iu,
  ],
  opinionCues: [
    /\bjeg (?:mener|synes|tror|frykter|håper|er overbevist om|vil hevde|vil påstå)(?![\p{L}\p{N}])/iu,
    /\better (?:min|vår) (?:mening|vurdering|oppfatning)(?![\p{L}\p{N}])/iu,
    /\b(?:slik|som) jeg ser det\b/iu,
    /\better mitt syn\b/iu,
    /\b(?:vi|jeg) (?:bør|må) (?:ikke )?(?:glemme|huske|spørre)(?![\p{L}\p{N}])/iu,
  ],
  stanceWords: [
    /(?<![\p{L}\p{N}])(?:som kjent|naturlig nok|heldigvis|dessverre|åpenbart|utvilsomt|neppe|selvsagt|selvfølgelig|vi|oss)(?![\p{L}\p{N}])/iu,
  ],
  attributions: [
    /[,–-]\s*(?:sier|sa|forteller|fortalte|skriver|skrev|uttaler|uttalte|legger til|la til|mener)(?![\p{L}\p{N}])/iu,
  ],
  archiveCues: [
    /\btidligere\b/iu,
    /\barkiv(?:bilde|foto)?\b/iu,
    /\bbildet er fra\b/iu,
    // A birth date is history, not news.
    /(?<![\p{L}\p{N}])(?:født|fødd)(?![\p{L}\p{N}])/iu,
  ],
  futureCues: [
    /(?<![\p{L}\p{N}])(?:innen|fram til|frem til|til og med|fra og med|planlagt|planen er|kommende|neste år)(?![\p{L}\p{N}])/iu,
  ],
};
