// The article reader: the cleaned body with every entity, quote and claim highlighted in place, and what
// cleaning removed on demand. All article text goes into text nodes.
import { useMemo, useState } from 'preact/hooks';
import { api, type ArticleRecord } from '../api.ts';
import { articleLabel } from '../article-label.ts';
import { articleMarks, bodyRuns, type Mark } from '../body-marks.ts';
import { useT } from '../context.ts';
import { term, type Dictionary } from '../i18n.ts';
import { relativeTime } from '../time.ts';
import { useLoad } from '../use-load.ts';
import { isWebAddress } from './article-list.tsx';
import { Status } from './status.tsx';

export function ArticleView({ id }: { id: string }) {
  const loaded = useLoad(`article:${id}`, () => api.article(id));
  return <Status loaded={loaded}>{(record) => <Reader record={record} />}</Status>;
}

function kindName(kind: Mark['kind'], t: Dictionary): string {
  return kind === 'entity' ? t.kindEntity : kind === 'quote' ? t.kindQuote : t.kindClaim;
}

/** Rule ids by `field:index`, from the explain answer (absent until it arrives, or if it fails). */
type Rules = Map<string, string>;

function describe(mark: Mark, t: Dictionary, rules: Rules): string {
  const rule = rules.get(`${mark.field}:${mark.index}`);
  const extra = [
    mark.entityType && term(t.entityTypes, mark.entityType),
    mark.speech && t.speech[mark.speech],
    mark.detail,
    mark.certainty && term(t.certainties, mark.certainty),
  ].filter(Boolean);
  return (
    `${kindName(mark.kind, t)}: ${mark.label}${extra.length > 0 ? ` (${extra.join(' · ')})` : ''}` +
    (rule ? ` — ${t.foundBy} ${rule}` : '')
  );
}

function Reader({ record }: { record: ArticleRecord }) {
  const t = useT();
  const [active, setActive] = useState<Mark[]>([]);
  const [showRemoved, setShowRemoved] = useState(false);
  const runs = useMemo(() => bodyRuns(record.body, articleMarks(record)), [record]);
  // The rule ids cost the server one analysis, so they come after the text, in a second request.
  const explained = useLoad(`explain:${record.id}`, () => api.explained(record.id));
  const rules: Rules = useMemo(
    () =>
      new Map(
        explained.state === 'done'
          ? (explained.value.explain?.explanations ?? []).map((e) => [`${e.field}:${e.index}`, e.rule])
          : [],
      ),
    [explained],
  );
  return (
    <article class="reader" lang={record.language ?? undefined}>
      <h1>{articleLabel(record, t)}</h1>
      <p class="meta">
        {t.published}: <time dateTime={record.published ?? undefined}>{record.published ?? t.undated}</time>
        {record.published ? ` (${relativeTime(record.published, t)})` : ''} · {t.genre}:{' '}
        {term(t.genres, record.genre)} · {t.source}:{' '}
        {isWebAddress(record.source) ? (
          <a href={record.source} rel="noopener noreferrer" target="_blank">
            {record.source}
          </a>
        ) : (
          record.source
        )}
      </p>
      <p class="legend" aria-label={t.legend}>
        <span class="mark entity">{t.kindEntity}</span> <span class="mark quote">{t.kindQuote}</span>{' '}
        <span class="mark claim">{t.kindClaim}</span>
      </p>
      <div class="mark-info" role="status" aria-live="polite">
        {active.length === 0 ? (
          <span class="hint">{t.markHint}</span>
        ) : (
          active.map((mark) => <div key={mark.key}>{describe(mark, t, rules)}</div>)
        )}
      </div>
      <div class="body">
        {runs.map((run, index) =>
          run.marks.length === 0 ? (
            run.text
          ) : (
            <mark
              key={index}
              class={[...new Set(run.marks.map((mark) => mark.kind))].join(' ')}
              title={run.marks.map((mark) => describe(mark, t, rules)).join('\n')}
              tabIndex={run.starts.length > 0 ? 0 : undefined}
              data-kinds={run.marks.map((mark) => mark.kind).join(' ')}
              onMouseEnter={() => setActive(run.marks)}
              onFocus={() => setActive(run.marks)}
            >
              {run.text}
            </mark>
          ),
        )}
      </div>
      <button type="button" aria-expanded={showRemoved} onClick={() => setShowRemoved(!showRemoved)}>
        {showRemoved ? t.hideRemoved : t.showRemoved}
      </button>
      {showRemoved ? (
        record.removed.length === 0 ? (
          <p>{t.nothingRemoved}</p>
        ) : (
          <ul class="removed">
            {record.removed.map((part, index) => (
              <li key={index}>
                <span class="why">{part.why}</span> <span class="removed-text">{part.text}</span>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </article>
  );
}
