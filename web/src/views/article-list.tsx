// A list of article summaries linking to the reader, with the original when the source is a web address.
import { useT } from '../context.ts';
import { term } from '../i18n.ts';
import type { ArticleSummary } from '../api.ts';
import { articleLabel } from '../article-label.ts';
import { href } from '../route.ts';
import { relativeTime } from '../time.ts';

export function isWebAddress(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

export function ArticleList({ articles }: { articles: ArticleSummary[] }) {
  const t = useT();
  return (
    <ul class="articles">
      {articles.map((article) => (
        <li key={article.id}>
          <a href={href.article(article.id)} class="title">
            {articleLabel(article, t)}
          </a>
          <span class="meta">
            <time dateTime={article.published ?? undefined}>{relativeTime(article.published, t)}</time>
            {' · '}
            {term(t.genres, article.genre)}
          </span>
          {article.excerpt ? <p class="excerpt">{article.excerpt}</p> : null}
          <span class="links">
            <a href={href.article(article.id)}>{t.readMore}</a>
            {isWebAddress(article.source) ? (
              <>
                {' · '}
                <a href={article.source} rel="noopener noreferrer" target="_blank">
                  {t.original}
                </a>
              </>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
