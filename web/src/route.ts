// Hash routes (#/a/ID, #/search?q=…): the server only ever serves index.html, and links work without a router library.
export type Route =
  | { view: 'feed' }
  | { view: 'article'; id: string }
  | { view: 'story'; id: string }
  | { view: 'entity'; id: string }
  | { view: 'search'; params: URLSearchParams }
  | { view: 'ingest' }
  | { view: 'missing' };

export function parseRoute(hash: string): Route {
  const [path = '', queryText = ''] = hash.replace(/^#/, '').split('?', 2);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [head, id] = parts;
  if (!head) return { view: 'feed' };
  if (head === 'search') return { view: 'search', params: new URLSearchParams(queryText) };
  if (head === 'ingest') return { view: 'ingest' };
  if (id && head === 'a') return { view: 'article', id };
  if (id && head === 's') return { view: 'story', id };
  if (id && head === 'e') return { view: 'entity', id };
  return { view: 'missing' };
}

export const href = {
  feed: () => '#/',
  article: (id: string) => `#/a/${encodeURIComponent(id)}`,
  story: (id: string) => `#/s/${encodeURIComponent(id)}`,
  entity: (id: string) => `#/e/${encodeURIComponent(id)}`,
  search: (params: Record<string, string>) => `#/search?${new URLSearchParams(params).toString()}`,
  ingest: () => '#/ingest',
};
