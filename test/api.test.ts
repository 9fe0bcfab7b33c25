// End to end over a real port on 127.0.0.1: the app under @hono/node-server, and `serve` as a process stopped by SIGTERM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestPaths } from '../src/cli/ingest.ts';
import { validateContractLine } from '../src/contract/index.ts';
import { createStoryReader } from '../src/corpus/story-reader.ts';
import { createStoryService } from '../src/corpus/story-service.ts';
import { createApp, startServer } from '../src/server/index.ts';
import { openSqliteStore } from '../src/store/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const article =
  'Statens vegvesen stenger Rv. 7 over Hardangervidda fra klokka 18 på grunn av sterk vind og snøfokk.\n\n' +
  '– Vi kjører kolonne så snart været tillater det, sier trafikkoperatør Lise Berg til NRK.';

/** GET /api/health with a chosen Host header (fetch does not let a caller set Host). */
function statusWithHost(url: string, host: string): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const request = get(`${url}/api/health`, { headers: { host }, timeout: 5000 }, (response) => {
      response.resume();
      resolve(response.statusCode);
    });
    request.on('error', reject);
    request.on('timeout', () => request.destroy(new Error('timed out')));
  });
}

function tempDb(): { path: string; remove: () => void } {
  const folder = mkdtempSync(join(tmpdir(), 'sakskart-api-e2e-'));
  return { path: join(folder, 'api.db'), remove: () => rmSync(folder, { recursive: true, force: true }) };
}

test('over a real port: ingest an article, read its record, find it, and get JSON errors', async () => {
  const db = tempDb();
  const store = openSqliteStore(db.path);
  const server = await startServer(createApp({ store, log: () => {} }), { port: 0, host: '127.0.0.1' });
  try {
    assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    const posted = await fetch(`${server.url}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: article, title: 'Rv. 7 stengt', published: '2025-01-09' }),
      signal: AbortSignal.timeout(10_000),
    });
    const created = (await posted.json()) as { id: string; location: string };
    assert.equal(posted.status, 201, JSON.stringify(created));
    const { id, location } = created;

    const record = await fetch(`${server.url}${location}`);
    assert.equal(record.status, 200);
    assert.ok(validateContractLine(await record.json()).ok);

    const short = (await (await fetch(`${server.url}/api/articles/${id.slice(0, 8)}`)).json()) as {
      id: string;
    };
    assert.equal(short.id, id);

    const search = (await (await fetch(`${server.url}/api/search?q=kolonne&lang=nb`)).json()) as {
      items: { id: string }[];
    };
    assert.deepEqual(
      search.items.map((hit) => hit.id),
      [id],
    );

    const missing = await fetch(`${server.url}/api/articles/${'0'.repeat(40)}`);
    assert.equal(missing.status, 404);
    assert.deepEqual(Object.keys((await missing.json()) as object).sort(), ['code', 'error']);

    const tooBig = await fetch(`${server.url}/api/articles`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'a'.repeat(2 * 1024 * 1024 + 1),
    });
    assert.equal(tooBig.status, 413);

    const doc = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as { openapi: string };
    assert.equal(doc.openapi, '3.1.0');
  } finally {
    await server.close();
    await store.close();
    db.remove();
  }
});

test(
  '`serve` binds 127.0.0.1, prints its URL, answers, and exits 0 on SIGTERM',
  { timeout: 30_000 },
  async () => {
    const db = tempDb();
    const child = spawn(join(root, 'bin/sakskart'), ['serve', '--port', '0', '--db', db.path], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let stdout = '';
        const timer = setTimeout(
          () => reject(new Error(`no URL printed in 20 s; stderr: ${stderr}`)),
          20_000,
        );
        child.stdout.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          const found = /http:\/\/127\.0\.0\.1:\d+/.exec(stdout);
          if (found) {
            clearTimeout(timer);
            resolve(found[0]);
          }
        });
        void exited.then((code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
      });
      const health = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5000) });
      assert.deepEqual(await health.json(), { status: 'ok' });
      const stats = (await (await fetch(`${url}/api/stats`)).json()) as { articles: number };
      assert.equal(stats.articles, 0);
      assert.equal(await statusWithHost(url, 'rebound.example'), 403, 'a foreign Host name is refused');
    } finally {
      child.kill('SIGTERM');
      const code = await Promise.race([
        exited,
        new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 10_000).unref()),
      ]);
      if (code === 'timeout') child.kill('SIGKILL');
      db.remove();
      assert.equal(code, 0, `exit code after SIGTERM; stderr: ${stderr}`);
    }
  },
);

test('over a real port with the corpus layer: an entity comes with the names and titles it cites', async () => {
  const db = tempDb();
  const folder = join(db.path, '..');
  const file = join(folder, 'granater.txt');
  writeFileSync(
    file,
    'Norge sender flere granater til Ukraina\n\n' +
      'Norge har sendt 20 000 granater til Ukraina i høst, opplyser Forsvarsdepartementet.\n\n' +
      '– Vi vil fortsette å støtte Ukraina så lenge det trengs, sier forsvarsminister Tore Sandvik til NTB.\n',
  );
  const ingested = await ingestPaths([file], { db: db.path, quiet: true });
  assert.equal(ingested.added, 1);
  const store = openSqliteStore(db.path);
  const service = await createStoryService(store);
  const stories = createStoryReader(store, service, { syncEveryMs: 0 });
  const server = await startServer(createApp({ store, stories, log: () => {} }), {
    port: 0,
    host: '127.0.0.1',
  });
  try {
    const list = (await (await fetch(`${server.url}/api/stories`)).json()) as { items: { id: string }[] };
    const storyId = list.items[0]?.id ?? '';
    const story = (await (await fetch(`${server.url}/api/stories/${storyId}`)).json()) as {
      entities: { id: string; name: string }[];
    };
    const idOf = (name: string) => story.entities.find((entity) => entity.name === name)?.id ?? '';
    const entity = (await (await fetch(`${server.url}/api/entities/${idOf('Norge')}`)).json()) as {
      relations: { object: string }[];
      entityNames: Record<string, string>;
      articles: { title: string | null }[];
    };
    assert.ok(
      entity.relations.some((relation) => relation.object === idOf('Ukraina')),
      'Norge → leverer til → Ukraina',
    );
    assert.equal(entity.entityNames[idOf('Ukraina')], 'Ukraina', 'the related entity by name');
    assert.deepEqual(
      entity.articles.map((article) => article.title),
      ['Norge sender flere granater til Ukraina'],
      'the cited article by title',
    );
  } finally {
    await server.close();
    await service.flush();
    await store.close();
    db.remove();
  }
});
