// What a language pack tells the cleaner: the words of page furniture, captions, summary boxes and genre labels.

/** A unit of elapsed time as the cleaner and time parsers name it. */
export type TimeUnit = 'minutes' | 'hours' | 'days' | 'weeks' | 'months' | 'years';

/**
 * All patterns are matched against one trimmed line. Whole-line patterns carry `^...$` themselves;
 * every pattern should be case-insensitive where the language's pages vary the case.
 */
export interface CleaningLexicon {
  /** Labels that introduce a photo credit, without the colon: `Foto`, `FOTO`, `Bilde`. */
  creditLabels: string[];
  /** Sentences that only a caption says: `Bildet er fra ...`, `Her ser vi et bilde ...`. */
  captionPhrases: RegExp[];
  /** Whole lines that are page furniture: share and print buttons, ad markers, "continue below the ad". */
  furniture: RegExp[];
  /**
   * Aggregator age stamps (`3 hours ago 2`, `for 3 timer siden`): named groups `amount` and `unit`,
   * the unit word looked up in `units`. They are furniture and the evidence for a publication time.
   */
  ageStamps: RegExp[];
  /** Unit words of age stamps (lower case) and number words for `amount` (`an`, `en`, `tre`). */
  units: Record<string, TimeUnit>;
  numberWords: Record<string, number>;
  /** Lines that open a block of links to other articles: `Les også`, `Les mer`. */
  relatedHeadings: RegExp[];
  /** Dateline furniture `Publisert 19.06.2024 14:32`: group `date` holds the publication date. */
  publishedLines: RegExp[];
  /** Other datelines (`Oppdatert ...`): furniture that is not the publication date. */
  datelines: RegExp[];
  /** Headings of an article's own summary box: `Kortversjonen`, `Kort fortalt`. Whole-line. */
  summaryHeadings: RegExp[];
  /** Genre labels: a line or sentence that declares commentary, analysis or a non-news piece. */
  commentaryLabels: RegExp[];
  analysisLabels: RegExp[];
  otherLabels: RegExp[];
  /** First-person opinion cues outside quotes (`jeg mener`, `etter min mening`). */
  opinionCues: RegExp[];
  /** Weaker stance signals outside quotes: evaluative adverbs (`som kjent`, `dessverre`) and the writer's `vi`. */
  stanceWords: RegExp[];
  /** A sentence that attributes words to someone (`..., sier hun.`): its stance is the source's, not the writer's. */
  attributions: RegExp[];
  /** Words that mark a date as looking back (`tidligere`, `arkivbilde`): not evidence of the article's own time. */
  archiveCues: RegExp[];
  /** Words that put a date ahead (`innen`, `fram til`, `skal`): a deadline or plan is not the article's time. */
  futureCues: RegExp[];
}
