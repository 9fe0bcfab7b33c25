// The metadata stage: publication date and genre (and the language, if the first look found none).
import { getLanguagePack, listLanguagePacks } from '../../languages/registry.ts';
import type { TimeParser } from '../../languages/time.ts';
import type { Stage } from '../pipeline.ts';
import { splitLines } from '../clean/lines.ts';
import { classifyGenre } from './classify-genre.ts';
import { detectLanguage } from './detect-language.ts';
import { inferPublished } from './infer-published.ts';

const toDate = (value: string | null): Date | null => {
  const ms = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(ms) ? null : new Date(ms);
};

export const metadataStage: Stage = {
  id: 'metadata',
  run(draft, context) {
    // The identifier already saw the whole text before cleaning; it runs again only if that gave nothing.
    let language = draft.language;
    if (language === null) {
      const detected = detectLanguage(draft.body, draft.raw.language);
      if (detected.error) context.report({ rule: 'metadata/language-error', message: detected.error });
      language = detected.language;
    }
    const own = getLanguagePack(language);
    const packs = own ? [own] : listLanguagePacks();
    const parsers = packs.map((p) => p.time).filter((t): t is TimeParser => t !== null);
    const timeParsers = parsers.length
      ? parsers
      : listLanguagePacks().flatMap((p) => (p.time ? [p.time] : []));
    const evidence = draft.removed.filter((r) => r.why !== 'date-marker').map((r) => r.text);
    const published = inferPublished({
      stamps: draft.stamps,
      declared: draft.raw.published,
      texts: [...(draft.title ? [draft.title] : []), draft.body, evidence.join('\n\n')],
      parsers: timeParsers,
      archiveCues: packs.flatMap((p) => p.cleaning.archiveCues),
      futureCues: packs.flatMap((p) => p.cleaning.futureCues),
      now: draft.now,
      fetchedAt: toDate(draft.raw.fetchedAt),
    });
    context.report({
      rule: published.rule,
      message: `published ${published.published ?? 'unknown'}: ${published.message}`,
    });
    const genre = classifyGenre({
      title: draft.title,
      lines: splitLines(draft.raw.text).map((l) => l.text),
      body: draft.body,
      lexicons: packs.map((p) => p.cleaning),
    });
    context.report({
      rule: genre.rule,
      message: `genre ${genre.genre}`,
      ...(genre.evidence ? { text: genre.evidence } : {}),
    });
    return { language, published: published.published, genre: genre.genre };
  },
};
