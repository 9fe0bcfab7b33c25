// Swedish: a minimal pack (Snowball stemming, page-furniture and summary-box words).
import { stemmer } from '@orama/stemmers/swedish';
import type { LanguagePack } from '../pack.ts';

export const sv: LanguagePack = {
  code: 'sv',
  name: 'svenska',
  stem: (word) => stemmer(word.toLowerCase()),
  cleaning: {
    creditLabels: ['Foto', 'Bild', 'Illustration', 'Arkivbild', 'Grafik'],
    captionPhrases: [/^(?:bilden|fotot) är (?:från|tagen|taget)(?![\p{L}\p{N}])/iu, /^arkivbild\b/iu],
    furniture: [
      /^artikeln fortsätter (?:under|efter) (?:annonsen|reklamen)\.?$/iu,
      /^(?:annons|reklam|sponsrat innehåll|annonsörsinnehåll)$/iu,
      /^(?:dela|dela artikeln|dela på (?:facebook|x|twitter|linkedin)|kopiera länk|skriv ut|lyssna på artikeln)$/iu,
      /^(?:läs hela artikeln|visa mer|se fler|logga in|bli prenumerant)$/iu,
    ],
    ageStamps: [
      /^(?:för\s+)?(?<amount>\d+|en|ett)\s+(?<unit>minuter?|timmar?|dagar?|veckor?|månader?|år)\s+sedan$/iu,
    ],
    units: {
      minut: 'minutes',
      minuter: 'minutes',
      timme: 'hours',
      timmar: 'hours',
      dag: 'days',
      dagar: 'days',
      vecka: 'weeks',
      veckor: 'weeks',
      månad: 'months',
      månader: 'months',
      år: 'years',
    },
    numberWords: { en: 1, ett: 1, två: 2, tre: 3 },
    relatedHeadings: [/^(?:läs också|läs även|läs mer|se också|relaterade artiklar)(?![\p{L}\p{N}]):?/iu],
    publishedLines: [/^(?:publicerad|publicerat)\s*:?\s*(?<date>.+)$/iu],
    datelines: [/^(?:uppdaterad|senast uppdaterad)\s*:?\s*.{0,40}\d.{0,40}$/iu],
    summaryHeadings: [
      /^(?:kortversionen|kort sammanfattning|i korthet|det här är saken|sammanfattning)\s*:?$/iu,
    ],
    commentaryLabels: [
      /\bdetta är en (?:kommentar|krönika|ledare|debattartikel|kolumn)(?![\p{L}\p{N}])/iu,
      /\b(?:krönikan|texten|artikeln) (?:uttrycker|ger uttryck för) (?:skribentens|författarens)(?![\p{L}\p{N}])/iu,
      /^(?:kommentar|krönika|ledare|debatt|insändare)\s*:/iu,
      /^(?:kommentar|krönika|ledare|debatt|krönikör|kolumnist)$/iu,
    ],
    analysisLabels: [/\bdetta är en analys\b/iu, /^analys\s*:?$/iu],
    otherLabels: [/^(?:recension|minnesord|dödsruna|quiz|recept)\s*:?$/iu],
    opinionCues: [/\bjag (?:anser|tycker|tror|fruktar|hoppas)(?![\p{L}\p{N}])/iu, /\benligt min mening\b/iu],
    stanceWords: [
      /(?<![\p{L}\p{N}])(?:som bekant|naturligtvis|lyckligtvis|tyvärr|uppenbarligen|otvivelaktigt|knappast|självklart|vi|oss)(?![\p{L}\p{N}])/iu,
    ],
    attributions: [
      /[,–-]\s*(?:säger|sa|sade|berättar|berättade|skriver|skrev|uttalar|tillägger|menar)(?![\p{L}\p{N}])/iu,
    ],
    archiveCues: [/\btidigare\b/iu, /\barkiv(?:bild|foto)?\b/iu],
    futureCues: [
      /(?<![\p{L}\p{N}])(?:ska|skall|senast|fram till|till och med|från och med|planerad|kommande|nästa år)(?![\p{L}\p{N}])/iu,
    ],
  },
  time: null,
  loadNlp: null,
};
