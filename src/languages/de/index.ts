// German: a minimal pack (Snowball stemming, page-furniture and summary-box words).
import { stemmer } from '@orama/stemmers/german';
import type { LanguagePack } from '../pack.ts';

export const de: LanguagePack = {
  code: 'de',
  name: 'Deutsch',
  stem: (word) => stemmer(word.toLowerCase()),
  cleaning: {
    creditLabels: ['Foto', 'Bild', 'Fotos', 'Illustration', 'Archivbild', 'Grafik', 'Quelle'],
    captionPhrases: [
      /^(?:das )?(?:bild|foto) (?:zeigt|stammt aus|entstand)(?![\p{L}\p{N}])/iu,
      /^archivbild\b/iu,
    ],
    furniture: [
      /^(?:der )?artikel (?:geht|wird) (?:unter|nach) der (?:anzeige|werbung) weiter\.?$/iu,
      /^(?:weiter nach der (?:anzeige|werbung)|anzeige|werbung|gesponsert|sponsored)$/iu,
      /^(?:teilen|artikel teilen|auf (?:facebook|x|twitter|linkedin) teilen|link kopieren|drucken|artikel anhören)$/iu,
      /^(?:weiterlesen|mehr anzeigen|mehr lesen|anmelden|abonnieren|jetzt abonnieren)$/iu,
    ],
    ageStamps: [
      /^vor\s+(?<amount>\d+|einer|einem|eins)\s+(?<unit>minuten?|stunden?|tagen?|wochen?|monaten?|jahren?)$/iu,
    ],
    units: {
      minute: 'minutes',
      minuten: 'minutes',
      stunde: 'hours',
      stunden: 'hours',
      tag: 'days',
      tagen: 'days',
      woche: 'weeks',
      wochen: 'weeks',
      monat: 'months',
      monaten: 'months',
      jahr: 'years',
      jahren: 'years',
    },
    numberWords: { einer: 1, einem: 1, eins: 1, zwei: 2, drei: 3 },
    relatedHeadings: [
      /^(?:lesen sie auch|lesen sie mehr|mehr zum thema|auch interessant|das könnte sie auch interessieren)(?![\p{L}\p{N}]):?/iu,
    ],
    publishedLines: [/^(?:veröffentlicht(?: am)?|erschienen am)\s*:?\s*(?<date>.+)$/iu],
    datelines: [/^(?:aktualisiert(?: am)?|zuletzt aktualisiert)\s*:?\s*.{0,40}\d.{0,40}$/iu],
    summaryHeadings: [
      /^(?:das wichtigste in kürze|auf einen blick|kurz gefasst|kurz und knapp|zusammenfassung)\s*:?$/iu,
    ],
    commentaryLabels: [
      /\bdies ist ein (?:kommentar|meinungsbeitrag|gastbeitrag|leitartikel)(?![\p{L}\p{N}])/iu,
      /^(?:kommentar|meinung|leitartikel|gastbeitrag|kolumne)\s*:/iu,
      /^(?:kommentar|meinung|leitartikel|gastbeitrag|kolumne)$/iu,
    ],
    analysisLabels: [/^analyse\s*:?$/iu, /\bdies ist eine analyse\b/iu],
    otherLabels: [/^(?:rezension|kritik|nachruf|quiz|rezept)\s*:?$/iu],
    opinionCues: [
      /\bich (?:meine|glaube|finde|fürchte|hoffe)(?![\p{L}\p{N}])/iu,
      /\bmeiner meinung nach\b/iu,
    ],
    stanceWords: [
      /(?<![\p{L}\p{N}])(?:bekanntlich|natürlich|glücklicherweise|leider|offensichtlich|zweifellos|kaum|selbstverständlich|wir|uns)(?![\p{L}\p{N}])/iu,
    ],
    attributions: [/[,–-]\s*(?:sagt|sagte|erklärt|erklärte|schreibt|schrieb|fügt|meint)(?![\p{L}\p{N}])/iu],
    archiveCues: [/\b(?:früher|archiv(?:bild|foto)?)(?![\p{L}\p{N}])/iu],
    futureCues: [
      /(?<![\p{L}\p{N}])(?:wird|werden|soll|sollen|bis zum|bis ende|geplant|nächstes jahr)(?![\p{L}\p{N}])/iu,
    ],
  },
  time: null,
  loadNlp: null,
};
