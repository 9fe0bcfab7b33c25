// Danish: a minimal pack (Snowball stemming, page-furniture and summary-box words).
import { stemmer } from '@orama/stemmers/danish';
import type { LanguagePack } from '../pack.ts';

export const da: LanguagePack = {
  code: 'da',
  name: 'dansk',
  stem: (word) => stemmer(word.toLowerCase()),
  cleaning: {
    creditLabels: ['Foto', 'Billede', 'Illustration', 'Arkivfoto', 'Grafik'],
    captionPhrases: [/^(?:billedet|fotoet) er (?:fra|taget)(?![\p{L}\p{N}])/iu, /^arkivfoto\b/iu],
    furniture: [
      /^artiklen fortsætter (?:under|efter) (?:annoncen|reklamen)\.?$/iu,
      /^(?:annonce|reklame|sponsoreret indhold|annoncørbetalt indhold)$/iu,
      /^(?:del|del artiklen|del på (?:facebook|x|twitter|linkedin)|kopiér link|kopier link|udskriv|lyt til artiklen)$/iu,
      /^(?:læs hele artiklen|vis mere|se flere|log ind|bliv abonnent)$/iu,
    ],
    ageStamps: [
      /^(?:for\s+)?(?<amount>\d+|en|et)\s+(?<unit>minutter?|timer?|dage?|uger?|måneder?|år)\s+siden$/iu,
    ],
    units: {
      minut: 'minutes',
      minutter: 'minutes',
      time: 'hours',
      timer: 'hours',
      dag: 'days',
      dage: 'days',
      uge: 'weeks',
      uger: 'weeks',
      måned: 'months',
      måneder: 'months',
      år: 'years',
    },
    numberWords: { en: 1, et: 1, to: 2, tre: 3 },
    relatedHeadings: [/^(?:læs også|læs mere|se også|relaterede artikler|mere om emnet)(?![\p{L}\p{N}]):?/iu],
    publishedLines: [/^(?:publiceret|offentliggjort)\s*:?\s*(?<date>.+)$/iu],
    datelines: [/^(?:opdateret|senest opdateret)\s*:?\s*.{0,40}\d.{0,40}$/iu],
    summaryHeadings: [
      /^(?:kort fortalt|kort sagt|det korte af det lange|hurtigt overblik|overblik|kort version)\s*:?$/iu,
    ],
    commentaryLabels: [
      /\bdette er (?:en kommentar|en klumme|en kronik|en leder|et debatindlæg)(?![\p{L}\p{N}])/iu,
      /\b(?:kommentaren|klummen|kronikken|indlægget) (?:udtrykker|er udtryk for) (?:skribentens|forfatterens)(?![\p{L}\p{N}])/iu,
      /^(?:kommentar|klumme|kronik|leder|debat|læserbrev)\s*:/iu,
      /^(?:kommentar|klumme|kronik|leder|debat|kommentator)$/iu,
    ],
    analysisLabels: [/\bdette er en analyse\b/iu, /^analyse\s*:?$/iu],
    otherLabels: [/^(?:anmeldelse|mindeord|nekrolog|quiz|opskrift)\s*:?$/iu],
    opinionCues: [/\bjeg (?:mener|synes|tror|frygter|håber)(?![\p{L}\p{N}])/iu, /\befter min mening\b/iu],
    stanceWords: [
      /(?<![\p{L}\p{N}])(?:som bekendt|naturligvis|heldigvis|desværre|åbenlyst|utvivlsomt|næppe|selvfølgelig|vi|os)(?![\p{L}\p{N}])/iu,
    ],
    attributions: [
      /[,–-]\s*(?:siger|sagde|fortæller|fortalte|skriver|skrev|udtaler|tilføjer|mener)(?![\p{L}\p{N}])/iu,
    ],
    archiveCues: [/\btidligere\b/iu, /\barkiv(?:billede|foto)?\b/iu],
    futureCues: [
      /(?<![\p{L}\p{N}])(?:skal|inden|frem til|til og med|fra og med|planlagt|kommende|næste år)(?![\p{L}\p{N}])/iu,
    ],
  },
  time: null,
  loadNlp: null,
};
