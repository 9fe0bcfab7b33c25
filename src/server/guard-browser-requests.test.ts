// Browser guards: writes from foreign origins and requests to foreign host names are refused with 403.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp } from './create-test-app.ts';
import { LOOPBACK_HOSTS } from './guard-browser-requests.ts';

const body = 'Bussen til flyplassen går hvert tiende minutt fra mandag, opplyser busselskapet.';

const writes: [string, Record<string, string>, number][] = [
  ['a page on another site', { origin: 'https://andre.example' }, 403],
  ['a browser that only says cross-site', { 'sec-fetch-site': 'cross-site' }, 403],
  ['a sibling subdomain (same-site is not same-origin)', { 'sec-fetch-site': 'same-site' }, 403],
  ['an origin listed in allowedOrigins', { origin: 'http://localhost:5173' }, 201],
  ['the server’s own origin', { origin: 'http://localhost' }, 200],
  ['a program that sends no Origin (curl)', {}, 200],
];

for (const [who, headers, status] of writes) {
  test(`a POST from ${who} answers ${status}`, async () => {
    const { app, close } = await createTestApp({ articles: [], allowedOrigins: ['http://localhost:5173'] });
    try {
      if (status === 200) await app.request('http://localhost/api/articles', post({})); // store it first
      const response = await app.request('http://localhost/api/articles', post(headers));
      assert.equal(response.status, status);
      if (status === 403) assert.equal(((await response.json()) as { code: string }).code, 'CROSS_ORIGIN');
    } finally {
      await close();
    }
  });
}

function post(headers: Record<string, string>): RequestInit {
  return { method: 'POST', headers: { 'content-type': 'text/plain', ...headers }, body };
}

const hosts: [string, number][] = [
  ['http://127.0.0.1:8787/api/health', 200],
  ['http://localhost:8787/api/health', 200],
  ['http://[::1]:8787/api/health', 200],
  ['http://rebound.example:8787/api/health', 403],
];

for (const [url, status] of hosts) {
  test(`with loopback-only hosts, GET ${url} answers ${status}`, async () => {
    const { app, close } = await createTestApp({ articles: [], allowedHosts: LOOPBACK_HOSTS });
    try {
      const response = await app.request(url);
      assert.equal(response.status, status);
      if (status === 403)
        assert.equal(((await response.json()) as { code: string }).code, 'HOST_NOT_ALLOWED');
    } finally {
      await close();
    }
  });
}

test('without allowedHosts any host name is answered (a server bound to a public address)', async () => {
  const { app, close } = await createTestApp({ articles: [] });
  try {
    assert.equal((await app.request('http://nyheter.example/api/health')).status, 200);
  } finally {
    await close();
  }
});
