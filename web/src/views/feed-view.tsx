// The front page: stories newest first with their short version and latest articles; the latest articles alone
// when the server has no stories (404) yet.
import { api, ApiFailure, type ArticleSummary, type Page, type StorySummary } from '../api.ts';
import { articleLabel } from '../article-label.ts';
import { useT } from '../context.ts';
import { href } from '../route.ts';
import { toStoryDetail } from '../story-types.ts';
import { relativeTime } from '../time.ts';
import { useLoad } from '../use-load.ts';
import { ArticleList, isWebAddress } from './article-list.tsx';
import { Status } from './status.tsx';

/** Only the top stories fetch their full story (source count, latest articles); the rest show the list line. */
const DETAILED_STORIES = 5;

type Feed = { stories: StorySummary[] | null; articles: Page<ArticleSummary> };

async function loadFeed(): Promise<Feed> {
  const [stories, articles] = await Promise.all([
    api.stories(20).then(
      (page) => page.items,
      (error: unknown) => {
        if (error instanceof ApiFailure && error.status === 404) return null;
        throw error;
      },
    ),
    api.articles(10),
  ]);
  return { stories, articles };
}

export function FeedView() {
  const t = useT();
  const loaded = useLoad('feed', loadFeed);
  return (
    <section aria-labelledby="feed-title">
      <h1 id="feed-title">{t.feedTitle}</h1>
      <Status loaded={loaded}>
        {({ stories, articles }) => (
          <>
            {stories === null || stories.length === 0 ? (
              <p class="note">{t.noStoriesFallback}</p>
            ) : (
              <ol class="stories">
                {stories.map((story, index) => (
                  <StoryCard key={story.id} story={story} withDetail={index < DETAILED_STORIES} />
                ))}
              </ol>
            )}
            <h2>{t.latestArticles}</h2>
            {articles.items.length === 0 ? <p>{t.noArticles}</p> : <ArticleList articles={articles.items} />}
          </>
        )}
      </Status>
    </section>
  );
}

function StoryCard({ story, withDetail }: { story: StorySummary; withDetail: boolean }) {
  const t = useT();
  const detail = useLoad(`story:${story.id}:${withDetail}`, async () =>
    withDetail ? toStoryDetail(await api.story(story.id)) : null,
  );
  const ready = detail.state === 'done' ? detail.value : null;
  const sources = ready ? new Set(ready.articles.map((article) => article.source)).size : null;
  const shortVersion = story.summary ?? ready?.summary ?? [];
  const latest = ready
    ? [...ready.articles].sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '')).slice(0, 3)
    : [];
  return (
    <li class="story-card">
      <h2>
        <a href={href.story(story.id)}>{story.title ?? story.id}</a>
      </h2>
      <p class="meta">
        <time dateTime={story.to ?? undefined}>{relativeTime(story.to, t)}</time>
        {story.from && story.from !== story.to ? ` (${story.from} – ${story.to ?? ''})` : ''}
        {' · '}
        {t.articleCount(story.articleCount)}
        {sources !== null ? ` · ${t.sourceCount(sources)}` : ''}
      </p>
      {shortVersion.length > 0 ? <p class="short-version">{shortVersion.slice(0, 3).join(' ')}</p> : null}
      {latest.length > 0 ? (
        <ul class="latest">
          {latest.map((article) => (
            <li key={article.id}>
              {articleLabel(article, t)}{' '}
              <a
                href={isWebAddress(article.source) ? article.source : href.article(article.id)}
                {...(isWebAddress(article.source) ? { rel: 'noopener noreferrer', target: '_blank' } : {})}
              >
                {t.readMore}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
