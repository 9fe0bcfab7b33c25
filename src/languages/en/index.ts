// English: a minimal pack (stemming and page-furniture words) because aggregators wrap any article in English furniture.
import { stemmer } from '@orama/stemmers/english';
import type { LanguagePack } from '../pack.ts';

export const en: LanguagePack = {
  code: 'en',
  name: 'English',
  stem: (word) => stemmer(word.toLowerCase()),
  cleaning: {
    creditLabels: [
      'Photo',
      'Photos',
      'Photograph',
      'Image',
      'Picture',
      'Illustration',
      'Credit',
      'File photo',
    ],
    captionPhrases: [
      /^(?:the )?(?:photo|picture|image) (?:was taken|is from|shows)(?![\p{L}\p{N}])/iu,
      /^file photo\b/iu,
    ],
    furniture: [
      /^read (?:the )?(?:entire|full|whole|more of the) (?:article|story)\.?$/iu,
      /^(?:continue reading|read more|keep reading|show more|see more|load more)\.?$/iu,
      /^(?:advertisement|advertising|sponsored|sponsored content|paid content|ad)$/iu,
      /^(?:story continues below(?: the)? (?:advertisement|ad)|article continues below(?: the)? (?:advertisement|ad))\.?$/iu,
      /^(?:share|share this|share this article|share on (?:facebook|x|twitter|linkedin|whatsapp)|copy link|link copied|print|email|tweet)$/iu,
      /^(?:subscribe|sign up|sign in|log in|skip to (?:main )?content|back to top|close|menu|listen to this article(?: \d+ min)?)$/iu,
      /^(?:\d+ )?comments?$/iu,
      /^(?:yesterday|just now|today)(?:\s+\d+)?$/iu,
      // Gallery counters (`3 / 12`) carry no language.
      /^\d{1,2} ?\/ ?\d{1,2}$/u,
      /^(?:facebook|twitter|linkedin|messenger|whatsapp|e-?mail|e-?post|pinterest|reddit)$/iu,
    ],
    ageStamps: [
      /^(?<amount>\d+|an?|one)\s+(?<unit>minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago(?:\s+\d+)?$/iu,
    ],
    units: {
      minute: 'minutes',
      minutes: 'minutes',
      min: 'minutes',
      mins: 'minutes',
      hour: 'hours',
      hours: 'hours',
      hr: 'hours',
      hrs: 'hours',
      day: 'days',
      days: 'days',
      week: 'weeks',
      weeks: 'weeks',
      month: 'months',
      months: 'months',
      year: 'years',
      years: 'years',
    },
    numberWords: { a: 1, an: 1, one: 1 },
    relatedHeadings: [
      /^(?:read also|see also|related(?: articles| stories)?|more on this(?: story)?|you may also like)(?![\p{L}\p{N}]):?/iu,
    ],
    publishedLines: [/^(?:published(?: on)?|posted(?: on)?)\s*:?\s*(?<date>.+)$/iu],
    datelines: [/^(?:updated|last updated)\s*:?\s*.{0,40}\d.{0,40}$/iu],
    summaryHeadings: [
      /^(?:key points|in short|the short version|at a glance|summary|tl;?dr|what you need to know)\s*:?$/iu,
    ],
    commentaryLabels: [
      /\bthis is an? (?:opinion|comment|commentary|editorial|column|op-ed) (?:piece|article)?\b/iu,
      /\bthe views expressed (?:here |in this (?:article|piece) )?are (?:those of )?the (?:author|writer)/iu,
      /^(?:opinion|comment|commentary|editorial|column|op-ed)\s*:/iu,
      /^(?:opinion|comment|commentary|editorial|columnist|op-ed)$/iu,
    ],
    analysisLabels: [/^analysis\s*:?$/iu, /^analysis\s*:/iu, /\bthis is an analysis\b/iu],
    otherLabels: [/^(?:review|obituary|quiz|recipe|sponsored|paid content)\s*:?$/iu],
    opinionCues: [
      /\bI (?:believe|think|fear|hope|would argue)(?![\p{L}\p{N}])/u,
      /\bin my (?:view|opinion)(?![\p{L}\p{N}])/iu,
    ],
    stanceWords: [
      /\b(?:of course|naturally|fortunately|unfortunately|obviously|undoubtedly|hardly|clearly|we|us)\b/u,
    ],
    attributions: [/[,–-]\s*(?:says|said|told|writes|wrote|adds|added)\b/iu],
    archiveCues: [/\b(?:file photo|earlier|previously)(?![\p{L}\p{N}])/iu],
    futureCues: [/\b(?:will|shall|by the end of|until|scheduled|planned|next year|due to)\b/iu],
  },
  time: null,
  loadNlp: null,
};
