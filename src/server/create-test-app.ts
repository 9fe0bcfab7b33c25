// Test seam: the app over a fresh SQLite file with a few Norwegian articles of our own (not seeds) stored.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleRecord } from '../contract/index.ts';
import { openSqliteStore, type Store } from '../store/index.ts';
import { makeArticle } from '../store/store-fixtures.ts';
import { createApp, type CreateAppOptions } from './create-app.ts';

export const apiArticles = {
  ferry: makeArticle({
    title: 'Ferja sto i to timer',
    body: 'Ferja mellom Molde og Vestnes sto stille i to timer fredag etter en motorfeil. Rederiet beklager ventetiden.\n\nPassasjerene fikk kaffe om bord mens mekanikerne jobbet.',
    published: '2025-02-14',
  }),
  skiing: makeArticle({
    title: 'Skiløperne fikk endelig snø',
    body: 'Etter en grønn januar kom snøen til Nordmarka i helgen. Skiløperne strømmet til sporene, og løypemaskinene gikk hele natta.',
    published: '2025-01-20',
    genre: 'news',
  }),
  column: makeArticle({
    title: 'Ferjene må bli mer pålitelige',
    body: 'Nok en gang ble ferjepassasjerene stående på kaia. Fylkeskommunen må stille strengere krav til rederiene.',
    genre: 'commentary',
    published: '2025-02',
  }),
  undated: makeArticle({
    title: 'Kafeen i sentrum stenger',
    body: 'Den gamle kafeen i sentrum stenger dørene etter femti år. Eieren går av med pensjon.',
  }),
} satisfies Record<string, ArticleRecord>;

export interface TestApp {
  app: ReturnType<typeof createApp>;
  store: Store;
  logged: string[];
  close: () => Promise<void>;
}

/** A store in a temp folder holding `articles` (default: all of apiArticles) and the app over it. */
export async function createTestApp(
  options: Omit<CreateAppOptions, 'store'> & { articles?: ArticleRecord[] } = {},
): Promise<TestApp> {
  const folder = mkdtempSync(join(tmpdir(), 'sakskart-api-'));
  const store = openSqliteStore(join(folder, 'test.db'));
  for (const record of options.articles ?? Object.values(apiArticles)) await store.putArticle(record);
  const logged: string[] = [];
  const { articles: _articles, ...appOptions } = options;
  const app = createApp({ log: (message) => logged.push(message), ...appOptions, store });
  return {
    app,
    store,
    logged,
    close: async () => {
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** A JSON request body with its Content-Type. */
export function jsonBody(value: unknown, method = 'POST'): RequestInit {
  return { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) };
}
