// The web UI's shell: header with navigation and language switch, and the view the URL hash names.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { DictionaryContext, useT } from './context.ts';
import { dictionary, initialLang, saveLang, type Lang } from './i18n.ts';
import { href, parseRoute, type Route } from './route.ts';
import { ArticleView } from './views/article-view.tsx';
import { EntityView } from './views/entity-view.tsx';
import { FeedView } from './views/feed-view.tsx';
import { IngestView } from './views/ingest-view.tsx';
import { SearchView } from './views/search-view.tsx';
import { StoryView } from './views/story-view.tsx';

function App() {
  const [lang, setLang] = useState<Lang>(initialLang);
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  useEffect(() => {
    const onHash = () => {
      setRoute(parseRoute(location.hash));
      window.scrollTo(0, 0);
      document.getElementById('main')?.focus();
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => saveLang(lang), [lang]);
  return (
    <DictionaryContext.Provider value={dictionary(lang)}>
      <Header route={route} lang={lang} onLang={setLang} />
      <main id="main" tabIndex={-1}>
        <Page route={route} />
      </main>
    </DictionaryContext.Provider>
  );
}

function Header({ route, lang, onLang }: { route: Route; lang: Lang; onLang: (lang: Lang) => void }) {
  const t = useT();
  const current = (view: Route['view']) => (route.view === view ? 'page' : undefined);
  return (
    <header class="top">
      <a class="skip" href="#main" onClick={(event) => skipToMain(event)}>
        {t.skipToContent}
      </a>
      <a class="brand" href={href.feed()}>
        {t.appName}
      </a>
      <nav aria-label={t.appName}>
        <a href={href.feed()} aria-current={current('feed')}>
          {t.navFeed}
        </a>
        <a href={href.search({})} aria-current={current('search')}>
          {t.navSearch}
        </a>
        <a href={href.ingest()} aria-current={current('ingest')}>
          {t.navIngest}
        </a>
      </nav>
      <button
        type="button"
        class="lang"
        aria-label={t.switchLanguageLabel}
        onClick={() => onLang(lang === 'nb' ? 'en' : 'nb')}
      >
        {t.switchLanguage}
      </button>
    </header>
  );
}

/** The skip link must not change the hash, which would be read as a route. */
function skipToMain(event: MouseEvent) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

function Page({ route }: { route: Route }) {
  const t = useT();
  switch (route.view) {
    case 'feed':
      return <FeedView />;
    case 'article':
      return <ArticleView id={route.id} />;
    case 'story':
      return <StoryView id={route.id} />;
    case 'entity':
      return <EntityView id={route.id} />;
    case 'search':
      return <SearchView params={route.params} />;
    case 'ingest':
      return <IngestView />;
    default:
      return <p>{t.notFound}</p>;
  }
}

const root = document.getElementById('app');
if (root) render(<App />, root);
