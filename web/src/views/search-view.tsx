// Search across articles with language, genre and date filters; matches are highlighted from the API's segments.
import { api } from '../api.ts';
import { articleLabel } from '../article-label.ts';
import { useT } from '../context.ts';
import { term } from '../i18n.ts';
import { href } from '../route.ts';
import { relativeTime } from '../time.ts';
import { useLoad } from '../use-load.ts';
import { Status } from './status.tsx';

const FIELDS = ['q', 'lang', 'genre', 'from', 'to'] as const;
const GENRES = ['news', 'commentary', 'interview', 'analysis', 'other'] as const;
const LANGUAGES = ['nb', 'nn', 'da', 'sv', 'en'] as const;

export function SearchView({ params }: { params: URLSearchParams }) {
  const t = useT();
  const values = Object.fromEntries(FIELDS.map((field) => [field, params.get(field) ?? ''])) as Record<
    (typeof FIELDS)[number],
    string
  >;
  // Filters alone list the newest matching articles (the API treats an empty q so).
  const asked = Object.values(values).some((value) => value.trim() !== '');
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const chosen: Record<string, string> = {};
    for (const field of FIELDS) {
      const value = String(form.get(field) ?? '').trim();
      if (value) chosen[field] = value;
    }
    location.hash = href.search(chosen);
  };
  return (
    <section aria-labelledby="search-title">
      <h1 id="search-title">{t.searchTitle}</h1>
      <form class="search" role="search" onSubmit={onSubmit}>
        <label class="wide">
          {t.searchQuery}
          <input name="q" type="search" value={values.q} autoFocus />
        </label>
        <label>
          {t.language}
          <select name="lang" value={values.lang}>
            <option value="">{t.anyLanguage}</option>
            {LANGUAGES.map((code) => (
              <option key={code} value={code}>
                {term(t.languages, code)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.genre}
          <select name="genre" value={values.genre}>
            <option value="">{t.anyGenre}</option>
            {GENRES.map((genre) => (
              <option key={genre} value={genre}>
                {t.genres[genre]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.dateFrom}
          <input name="from" type="date" value={values.from} />
        </label>
        <label>
          {t.dateTo}
          <input name="to" type="date" value={values.to} />
        </label>
        <button type="submit">{t.searchButton}</button>
      </form>
      {asked ? <Results values={values} offset={Number(params.get('offset') ?? 0) || 0} /> : null}
    </section>
  );
}

const PAGE_SIZE = 20;

function Results({ values, offset }: { values: Record<string, string>; offset: number }) {
  const t = useT();
  const key = JSON.stringify({ ...values, offset });
  const loaded = useLoad(`search:${key}`, () =>
    api.search({ ...values, limit: String(PAGE_SIZE), offset: String(offset) }),
  );
  const filled = Object.fromEntries(Object.entries(values).filter(([, value]) => value !== ''));
  return (
    <Status loaded={loaded}>
      {(page) =>
        page.items.length === 0 ? (
          <p role="status">{t.noHits}</p>
        ) : (
          <>
            <p role="status">{t.hits(offset + page.items.length, page.hasMore)}</p>
            <ol class="hits">
              {page.items.map((hit) => (
                <li key={hit.id}>
                  <a class="title" href={href.article(hit.id)}>
                    {articleLabel(hit, t)}
                  </a>
                  <span class="meta">
                    {relativeTime(hit.published, t)} · {term(t.genres, hit.genre)} ·{' '}
                    {term(t.languages, hit.language) || '?'}
                  </span>
                  <p class="snippet">
                    {hit.snippet.map((segment, index) =>
                      segment.highlight ? <mark key={index}>{segment.text}</mark> : segment.text,
                    )}
                  </p>
                </li>
              ))}
            </ol>
            <p class="pages">
              {offset > 0 ? (
                <a href={href.search({ ...filled, offset: String(Math.max(0, offset - PAGE_SIZE)) })}>
                  ← {t.previous}
                </a>
              ) : null}{' '}
              {page.hasMore ? (
                <a href={href.search({ ...filled, offset: String(offset + PAGE_SIZE) })}>{t.next} →</a>
              ) : null}
            </p>
          </>
        )
      }
    </Status>
  );
}
