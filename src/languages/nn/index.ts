// Norwegian Nynorsk: a minimal pack (Norwegian Snowball stemming, page-furniture and summary-box words).
import { stemmer } from '@orama/stemmers/norwegian';
import type { LanguagePack } from '../pack.ts';

export const nn: LanguagePack = {
  code: 'nn',
  name: 'norsk nynorsk',
  stem: (word) => stemmer(word.toLowerCase()),
  cleaning: {
    creditLabels: ['Foto', 'Bilete', 'Illustrasjon', 'Arkivfoto', 'Faksimile', 'Grafikk'],
    captionPhrases: [
      /^(?:biletet|fotoet) er (?:frå|teke)(?![\p{L}\p{N}])/iu,
      /^her ser (?:vi|du) (?:eit bilete|biletet)(?![\p{L}\p{N}])/iu,
    ],
    furniture: [
      /^artikkelen held fram (?:under|etter) (?:annonsen|reklamen)\.?$/iu,
      /^(?:annonse|reklame|annonsørinnhald|sponsa innhald)$/iu,
      /^(?:del|del saka|del artikkelen|kopier lenkje|skriv ut|lytt til saka)$/iu,
    ],
    ageStamps: [
      /^(?:for\s+)?(?<amount>\d+|ein|eitt|ei)\s+(?<unit>minutt|timar?|dagar?|veker?|månader?|år)\s+sidan$/iu,
    ],
    units: {
      minutt: 'minutes',
      time: 'hours',
      timar: 'hours',
      dag: 'days',
      dagar: 'days',
      veke: 'weeks',
      veker: 'weeks',
      månad: 'months',
      månader: 'months',
      år: 'years',
    },
    numberWords: { ein: 1, eitt: 1, ei: 1, to: 2, tre: 3 },
    relatedHeadings: [/^(?:les òg|les også|les meir|sjå òg|meir om saka)(?![\p{L}\p{N}]):?/iu],
    publishedLines: [/^(?:publisert|publ\.)\s*:?\s*(?<date>.+)$/iu],
    datelines: [/^(?:oppdatert|sist oppdatert)\s*:?\s*.{0,40}\d.{0,40}$/iu],
    summaryHeadings: [
      /^(?:kortversjonen|kort fortalt|kort oppsummert|dette er saka|saka kort|oppsummert)\s*:?$/iu,
    ],
    commentaryLabels: [
      /\bdette er ein (?:kommentar|kronikk|leiar|debattartikkel)(?![\p{L}\p{N}])/iu,
      /\b(?:kommentaren|kronikken|innlegget) gjev uttrykk for\b/iu,
      /^(?:kommentar|kronikk|leiar|debatt|lesarinnlegg|ytring)\s*:/iu,
      /^(?:kommentar|kronikk|leiar|debatt|kommentator)$/iu,
    ],
    analysisLabels: [/\bdette er ein analyse\b/iu, /^analyse\s*:?$/iu],
    otherLabels: [/^(?:melding|minneord|nekrolog|quiz|oppskrift)\s*:?$/iu],
    opinionCues: [/\beg (?:meiner|synest|trur|fryktar|håpar)(?![\p{L}\p{N}])/iu, /\better mi meining\b/iu],
    stanceWords: [
      /(?<![\p{L}\p{N}])(?:som kjent|naturleg nok|heldigvis|dessverre|openbert|utvilsamt|neppe|sjølvsagt|vi|oss)(?![\p{L}\p{N}])/iu,
    ],
    attributions: [
      /[,–-]\s*(?:seier|sa|fortel|fortalde|skriv|skreiv|uttaler|legg til|meiner)(?![\p{L}\p{N}])/iu,
    ],
    archiveCues: [/\btidlegare\b/iu, /\barkiv(?:bilete|foto)?\b/iu],
    futureCues: [
      /(?<![\p{L}\p{N}])(?:innan|fram til|til og med|frå og med|planlagt|komande|neste år)(?![\p{L}\p{N}])/iu,
    ],
  },
  time: null,
  loadNlp: null,
};
