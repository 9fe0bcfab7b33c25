// mountWebUi: files of the built UI under a strict CSP, index.html for app routes, nothing outside its folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY, CYTOSCAPE_STYLE, cspHash, mountWebUi } from './static.ts';
import { createTestApp } from './create-test-app.ts';

function builtUi(): { root: string; remove: () => void } {
  const folder = mkdtempSync(join(tmpdir(), 'sakskart-static-'));
  const root = join(folder, 'dist');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>sakskart</title>');
  writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log("hei")');
  writeFileSync(join(folder, 'secret.txt'), 'ikke for nettleseren');
  return { root, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

const cases = [
  { path: '/', status: 200, type: /^text\/html/, cache: 'no-cache' },
  { path: '/assets/index-abc123.js', status: 200, type: /^text\/javascript/, cache: /immutable/ },
  { path: '/s/story-1', status: 200, type: /^text\/html/, cache: 'no-cache' },
  { path: '/assets/missing.js', status: 404, type: /^application\/json/ },
  { path: '/../secret.txt', status: 404, type: /^application\/json/ },
  { path: '/..%2fsecret.txt', status: 404, type: /^application\/json/ },
  { path: '/%E0%A4%A', status: 404, type: /^application\/json/ },
  { path: '/api/nothing-here', status: 404, type: /^application\/json/ },
] as const;

test('the built UI is served beside the API, and only files inside its folder', async () => {
  const ui = builtUi();
  const testApp = await createTestApp();
  mountWebUi(testApp.app, { root: ui.root });
  try {
    for (const { path, status, type, ...rest } of cases) {
      const response = await testApp.app.request(path);
      assert.equal(response.status, status, path);
      assert.match(response.headers.get('content-type') ?? '', type, path);
      if (status !== 200) continue;
      assert.equal(response.headers.get('content-security-policy'), CONTENT_SECURITY_POLICY, path);
      if ('cache' in rest)
        assert.match(response.headers.get('cache-control') ?? '', new RegExp(rest.cache), path);
    }
    const api = await testApp.app.request('/api/health');
    assert.equal(api.status, 200, 'the API still answers');
  } finally {
    await testApp.close();
    ui.remove();
  }
});

test('without a built UI the front page says how to build it', async () => {
  const testApp = await createTestApp();
  mountWebUi(testApp.app, { root: join(tmpdir(), 'sakskart-no-such-ui') });
  try {
    const response = await testApp.app.request('/');
    assert.equal(response.status, 503);
    assert.match(await response.text(), /npm run build:web/);
  } finally {
    await testApp.close();
  }
});

test('the only inline style allowed is cytoscape’s container rule, by the hash a browser computes for it', () => {
  // Chromium names the hash it wants in its refusal message; this is that figure for the text cytoscape inserts.
  assert.equal(cspHash(CYTOSCAPE_STYLE), "'sha256-pgvDUBa4IjFA2yuSJ2cqcyxmNYJMborsd0ORcRv9vw8='");
  const styleSources = /style-src ([^;]+)/.exec(CONTENT_SECURITY_POLICY)?.[1]?.split(' ');
  assert.deepEqual(styleSources, ["'self'", cspHash(CYTOSCAPE_STYLE)]);
  assert.match(CONTENT_SECURITY_POLICY, /script-src 'self';/);
  assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-/);
});
