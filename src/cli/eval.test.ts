import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from './main.ts';

/** Runs `sakskart eval …` with `env` set, and returns its exit code and what it wrote to stderr. */
async function evalWithout(
  t: TestContext,
  args: string[],
  env: string,
): Promise<{ code: number; errors: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sakskart-eval-'));
  const before = process.env[env];
  const errors: string[] = [];
  t.mock.method(process.stdout, 'write', () => true);
  t.mock.method(process.stderr, 'write', (chunk: string) => errors.push(chunk) > 0);
  process.env[env] = dir;
  try {
    return { code: await main(['eval', ...args]), errors: errors.join('') };
  } finally {
    if (before === undefined) delete process.env[env];
    else process.env[env] = before;
    rmSync(dir, { recursive: true, force: true });
  }
}

test('sakskart eval nlp without NorNE beside the repository names the missing file (exit 2)', async (t) => {
  const { code, errors } = await evalWithout(t, ['nlp', '--split', 'test'], 'SAKSKART_NORNE_DIR');
  assert.equal(code, 2);
  assert.match(errors, /eval nlp: \S+test\.conllu is missing; .*SAKSKART_NORNE_DIR/);
});

test('sakskart eval langid without the sentence files names the first missing one (exit 2)', async (t) => {
  const { code, errors } = await evalWithout(t, ['langid'], 'SAKSKART_LANGID_DATA');
  assert.equal(code, 2);
  assert.match(errors, /eval langid: \S+nb\.txt is missing; .*SAKSKART_LANGID_DATA/);
});
