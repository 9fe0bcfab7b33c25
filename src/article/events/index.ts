// The events stage: a trigger word in a sentence, its named participants and place, and its date.
import type { ArticleEvent } from '../../contract/index.ts';
import type { EventLexicon, EventTrigger } from '../../languages/event-lexicon.ts';
import { formatIsoDate, resolveTimeValue, weekdayOf, type TimeExpression } from '../../languages/time.ts';
import { anchorOf } from '../extract/anchor-of.ts';
import type { MentionAt, SentenceView } from '../relations/sentence-view.ts';

export interface FoundEvent extends ArticleEvent {
  rule: string;
}

export interface EventsInput {
  /** The article's sentences with its mentions placed on them (`viewSentences`), shared with the relations stage. */
  views: SentenceView[];
  lexicon: EventLexicon;
  /** Time expressions of the body (resolved against the publication date), in order. */
  times: TimeExpression[];
  body: string;
  /** The article's publication date (its anchor's precision bounds what a weekday can say). */
  published?: string | null;
  /** Per sentence, the parties its definite kind nouns stand for (`selskapet`, `forbundet`): participants too. */
  parties?: MentionAt[][];
}

const PRECISION: Record<string, number> = { year: 1, month: 2, day: 3 };
/** Precision first, then how much the text itself states (`23. oktober` over `torsdag`, both a day). */
const rank = (t: TimeExpression) =>
  (t.precision ? (PRECISION[t.precision] ?? 0) : 0) * 10 +
  ['year', 'month', 'day'].filter((f) => t.fields[f as keyof TimeExpression['fields']] !== undefined).length;

export function extractEvents({
  views,
  lexicon,
  times,
  body,
  published = null,
  parties: kindParties = [],
}: EventsInput): FoundEvent[] {
  // `legge fram`: a verb with its particle, which may stand a few words after it (`la tirsdag fram`).
  const byLemma = new Map<string, EventTrigger>();
  const particles = new Map<string, { particle: string; trigger: EventTrigger }[]>();
  for (const trigger of lexicon.triggers)
    for (const lemma of trigger.lemmas) {
      const [verb, particle] = lemma.split(' ');
      if (particle && verb) particles.set(verb, [...(particles.get(verb) ?? []), { particle, trigger }]);
      else byLemma.set(lemma, trigger);
    }
  const irrealis = new Set(lexicon.irrealis);
  const heads = (lexicon.compoundHeads ?? []).flatMap((head) => {
    const trigger = byLemma.get(head);
    return trigger ? [{ head, trigger }] : [];
  });
  const backReferences = new Set(lexicon.backReferences ?? []);
  const followUpNouns = new Set(lexicon.followUpNouns ?? []);
  const aheadPrepositions = new Set(lexicon.aheadPrepositions ?? []);
  const reporting = new Set(lexicon.reportingLemmas ?? []);
  const datedIn = (start: number, end: number) =>
    times.filter((t) => t.start >= start && t.end <= end && t.value && t.kind !== 'duration');
  const events: FoundEvent[] = [];
  views.forEach((view, v) => {
    // `om` as a conjunction (`om de møtes`) makes a plan; as a preposition (`avtale om grensa`) it does not.
    if (view.sentence.tokens.some((t) => t.upos !== 'ADP' && irrealis.has(t.text.toLowerCase()))) return;
    const triggers = triggersIn(view, byLemma, particles, heads, lexicon.passive).filter(
      ({ at }) => !lexicon.exceptAfter?.[view.lemmas[at]!]?.includes(view.lemmas[at - 1] ?? ''),
    );
    if (triggers.length === 0) return;
    const { start, end } = view.sentence;
    // The most precise date of the sentence: `i juli 2000` over `for første gang på 24 år`.
    const time = datedIn(start, end).reduce<TimeExpression | undefined>(
      (best, t) => (!best || rank(t) > rank(best) ? t : best),
      undefined,
    );
    // `Det var under dette møtet at ...`: the event of the sentence before, with its date and its parties.
    const previous = views[v - 1];
    const pointsBack = triggers.some((t) => backReferences.has(view.lemmas[t.at - 1] ?? ''));
    const earlier =
      !time && previous && pointsBack
        ? datedIn(previous.sentence.start, previous.sentence.end).pop()
        : undefined;
    const own = [...view.mentions, ...(kindParties[v] ?? [])];
    const parties = earlier ? [...previous!.mentions, ...own] : own;
    if (parties.length === 0) return;
    const place =
      findPlace(view, lexicon.placePrepositions) ??
      (earlier ? findPlace(previous!, lexicon.placePrepositions) : undefined);
    const all = [...new Set(parties.filter((m) => m.entity !== place?.entity).map((m) => m.entity))];
    if (all.length === 0 && !place) return;
    // Undated and in the present: the day of writing, unless a sentence soon after dates the event's paper.
    const present = !time && !earlier && isPresent(view);
    const followUp = present ? followUpDate(views, v, triggers, followUpNouns, datedIn) : undefined;
    const date = time
      ? dateOf(
          withWeekday(time, times, published) ?? ahead(view, time, published, reporting, aheadPrepositions),
          published,
        )
      : earlier
        ? dateOf(earlier, published)
        : followUp
          ? dateOf(followUp, published)
          : present
            ? published
            : null;
    // One event per kind the sentence states: a visit during which an agreement was made is both.
    const kinds = new Set<string>();
    for (const { trigger, passive } of triggers) {
      if (kinds.has(trigger.type)) continue;
      kinds.add(trigger.type);
      const id = passive ? `${trigger.id}+passive-participle` : trigger.id;
      events.push({
        type: trigger.type,
        date,
        participants: all,
        place: place?.entity ?? null,
        text: body.slice(start, end),
        start,
        end,
        rule: earlier ? `${id}+date-of-previous-sentence` : followUp ? `${id}+date-of-follow-up` : id,
      });
    }
  });
  return events;
}

const PARTICLE_REACH = 4;
/** Sentences after an undated event in which its paper may be dated (`Vedtaket ble sendt selskapet mandag`). */
const FOLLOW_UP_SENTENCES = 3;
/** Tokens between the definite noun and its date (`vedtaket, som ble sendt selskapet mandag`). */
const FOLLOW_UP_REACH = 8;

/**
 * `Datatilsynet har ilagt Smilia et gebyr. ... Vedtaket ble sendt selskapet mandag.`: the date a sentence soon after
 * gives the event's paper, a definite noun that opens it (after `ifølge`, if any) and is either a paper noun or one of
 * the event's own trigger nouns, told in the past.
 */
function followUpDate(
  views: SentenceView[],
  v: number,
  triggers: { at: number }[],
  papers: ReadonlySet<string>,
  datedIn: (start: number, end: number) => TimeExpression[],
): TimeExpression | undefined {
  const own = new Set(triggers.map((t) => views[v]!.lemmas[t.at]));
  for (const next of views.slice(v + 1, v + 1 + FOLLOW_UP_SENTENCES)) {
    const tokens = next.sentence.tokens;
    const at = tokens.findIndex((t) => t.upos !== 'ADP' && t.upos !== 'PUNCT');
    const noun = tokens[at];
    if (at < 0 || at > 1 || !noun || noun.upos !== 'NOUN' || !noun.feats.includes('Definite=Def')) continue;
    if (!papers.has(next.lemmas[at] ?? '') && !own.has(next.lemmas[at])) continue;
    const reach = tokens[Math.min(tokens.length - 1, at + FOLLOW_UP_REACH)]!.end;
    const time = datedIn(noun.end, reach).find((t) => t.precision === 'day');
    const past = tokens.some(
      (t) =>
        t.start < (time?.start ?? 0) &&
        (t.upos === 'AUX' || t.upos === 'VERB') &&
        t.feats.includes('Tense=Past'),
    );
    if (time && past) return time;
  }
  return undefined;
}

function triggersIn(
  view: SentenceView,
  byLemma: Map<string, EventTrigger>,
  particles: Map<string, { particle: string; trigger: EventTrigger }[]>,
  heads: readonly { head: string; trigger: EventTrigger }[],
  passive?: EventLexicon['passive'],
): { trigger: EventTrigger; at: number; passive?: true }[] {
  const found: { trigger: EventTrigger; at: number; passive?: true }[] = [];
  for (let i = 0; i < view.lemmas.length; i++) {
    if (view.mentionOf[i]) continue;
    const upos = view.upos[i];
    if (upos === 'ADJ' && passive) {
      const trigger = passiveTrigger(view, i, passive, byLemma);
      if (trigger) found.push({ trigger, at: i, passive: true });
      continue;
    }
    if (upos !== 'VERB' && upos !== 'NOUN' && upos !== 'AUX') continue;
    const lemma = view.lemmas[i]!;
    const trigger =
      byLemma.get(lemma) ??
      (upos === 'NOUN'
        ? heads.find(({ head }) => lemma.length >= head.length + 3 && lemma.endsWith(head))?.trigger
        : undefined);
    if (trigger) found.push({ trigger, at: i });
    for (const p of particles.get(lemma) ?? []) {
      const words = view.sentence.tokens.slice(i + 1, i + 1 + PARTICLE_REACH);
      if (words.some((t) => t.text.toLowerCase() === p.particle)) found.push({ trigger: p.trigger, at: i });
    }
  }
  return found;
}

/**
 * `er prosjektet godkjent av …`: an adjective after a passive auxiliary in its clause is the participle of the trigger
 * verb its ending rewrites to, if any.
 */
function passiveTrigger(
  view: SentenceView,
  i: number,
  passive: NonNullable<EventLexicon['passive']>,
  byLemma: Map<string, EventTrigger>,
): EventTrigger | undefined {
  const tokens = view.sentence.tokens;
  let auxiliary = false;
  for (let j = i - 1; j >= 0 && j >= i - PASSIVE_REACH; j--) {
    const t = tokens[j]!;
    if (t.upos === 'PUNCT' || t.upos === 'SCONJ' || t.upos === 'CCONJ') break;
    if (t.upos === 'AUX' && passive.auxiliaries.includes(t.lemma)) {
      auxiliary = true;
      break;
    }
  }
  if (!auxiliary) return undefined;
  const form = tokens[i]!.text.toLowerCase();
  for (const [ending, verbEnding] of passive.endings) {
    if (!form.endsWith(ending)) continue;
    const trigger = byLemma.get(form.slice(0, form.length - ending.length) + verbEnding);
    if (trigger) return trigger;
  }
  return undefined;
}

/** How many words before a participle its auxiliary may stand (`er prosjektet ikke godkjent`). */
const PASSIVE_REACH = 4;

function findPlace(view: SentenceView, prepositions: string[]) {
  return view.mentions.find(
    (m) => (m.type === 'GPE' || m.type === 'LOC') && prepositions.includes(view.lemmas[m.first - 1] ?? ''),
  );
}

/**
 * A time expression's date, no more precise than the evidence: `tirsdag` in an article dated only `2024` says
 * 2024, not a day guessed from the end of the year. A stated month (`i august`) keeps its month.
 */
export function dateOf(time: TimeExpression, published: string | null): string | null {
  if (!time.value) return null;
  if (!time.anchored) return time.value;
  const anchorLength = published ? published.length : 0;
  const ownLength =
    time.fields.day !== undefined && time.fields.month !== undefined
      ? 10
      : time.fields.month !== undefined
        ? 7
        : 4;
  const keep = Math.max(Math.min(time.value.length, anchorLength), Math.min(time.value.length, ownLength));
  return keep >= 4 ? time.value.slice(0, keep) : null;
}

const MODALS = new Set(['ville', 'skulle', 'kunne', 'måtte', 'burde']);

/**
 * `torsdag 17. september` without a year: the year next to the publication date in which that date is a Thursday,
 * whether before or after it. Undefined when no weekday stands right before the date or no year near fits.
 */
function withWeekday(
  time: TimeExpression,
  times: readonly TimeExpression[],
  published: string | null,
): TimeExpression | undefined {
  const { month, day, year } = time.fields;
  if (time.kind !== 'floating' || month === undefined || day === undefined || year !== undefined) return;
  const anchor = anchorOf(published);
  const weekday = times.find(
    (t) => t.fields.weekday !== undefined && t.end <= time.start && time.start - t.end <= 2,
  )?.fields.weekday;
  if (!anchor || weekday === undefined || !published || published.length < 10) return;
  const fits = [-1, 0, 1]
    .map((d) => anchor.getUTCFullYear() + d)
    .filter((y) => weekdayOf(y, month, day) === weekday)
    .sort(
      (a, b) =>
        Math.abs(Date.UTC(a, month - 1, day) - anchor.getTime()) -
        Math.abs(Date.UTC(b, month - 1, day) - anchor.getTime()),
    );
  const fit = fits[0];
  return fit === undefined ? undefined : { ...time, value: formatIsoDate(fit, month, day) };
}

/**
 * A weekday or a date without a year told with a modal or a passive in the present tense (`skal møtes onsdag`,
 * `prisen deles ut 24. september`) is the next one after the publication date, not the last one before it. The
 * nearest finite verb before the date decides; `sa tirsdag` and `har pågrepet mandag` stay in the past.
 */
function ahead(
  view: SentenceView,
  time: TimeExpression,
  published: string | null,
  reporting: ReadonlySet<string>,
  prepositions: ReadonlySet<string>,
): TimeExpression {
  if (time.kind !== 'floating' || !published || published.length < 10) return time;
  const tokens = view.sentence.tokens;
  let verb: (typeof tokens)[number] | undefined;
  for (const t of tokens) {
    if (t.start >= time.start && verb) break;
    if ((t.upos === 'VERB' || t.upos === 'AUX') && t.feats.includes('VerbForm=Fin')) verb = t;
  }
  // Only a modal (`skal møtes`) or a passive (`deles ut`) points ahead: `ligger an til ... etter mandagens valg` and
  // `har pågrepet` are in the present but tell of the past.
  const pointsAhead = MODALS.has(verb?.lemma ?? '') || verb?.feats.includes('Voice=Pass');
  if (!verb || !verb.feats.includes('Tense=Pres')) return time;
  const next = resolveTimeValue(time, anchorOf(published), true).value;
  // `er det satt opp et møte 10. desember`, written 2 December: in the present, a day a few weeks ahead is that
  // day, not the one eleven months back.
  const soon =
    time.fields.day !== undefined &&
    next !== null &&
    (Date.parse(next) - Date.parse(published.slice(0, 10))) / 86_400_000 <= SOON_DAYS;
  // `Høyre innleder sonderinger onsdag`: a weekday in the present tense is the coming one, unless the verb tells
  // of saying (`sier Hansen til NRK mandag`).
  // A perfect (`har pågrepet mandag`) or a weekday's genitive (`etter mandagens valg`) tells of the past.
  const weekday =
    time.fields.weekday !== undefined &&
    time.fields.day === undefined &&
    verb.upos === 'VERB' &&
    !reporting.has(verb.lemma) &&
    !/s$/u.test(time.text);
  // `legger ned ruten fra 1. april`: a day from which something holds, in the present, lies ahead.
  const before = tokens.filter((t) => t.end <= time.start).pop();
  const from =
    time.fields.day !== undefined && before !== undefined && prepositions.has(before.text.toLowerCase());
  if (!pointsAhead && !soon && !weekday && !from) return time;
  return { ...time, value: next };
}

/** How far ahead a day named in the present tense may lie and still be the coming one. */
const SOON_DAYS = 45;

/**
 * A sentence in the present or present perfect (`har ankommet`, `møtes`) without a date of its own tells what is
 * happening as the article is written: its date is the publication date. A modal makes it a plan, not a fact.
 */
function isPresent(view: SentenceView): boolean {
  const tokens = view.sentence.tokens;
  if (tokens.some((t) => t.upos === 'AUX' && MODALS.has(t.lemma))) return false;
  const finite = tokens.find(
    (t) => (t.upos === 'VERB' || t.upos === 'AUX') && t.feats.includes('VerbForm=Fin'),
  );
  return finite !== undefined && finite.feats.includes('Tense=Pres');
}
