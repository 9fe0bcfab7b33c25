import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describeFsError, readFileBytes, readStreamBytes, tooLarge } from './read-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'sakskart-read-file-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

test('reads a file with its modification time', async () => {
  const path = join(dir, 'sak.txt');
  writeFileSync(path, 'Fergen er innstilt.');
  const result = await readFileBytes(path, 1000);
  assert.ok(result.ok);
  assert.equal(Buffer.from(result.bytes).toString(), 'Fergen er innstilt.');
  assert.ok(result.modified instanceof Date);
});

test('refuses what cannot be read, with a plain reason', async () => {
  const big = join(dir, 'stor.txt');
  writeFileSync(big, 'a'.repeat(3000));
  const cases: { name: string; path: string; error: string }[] = [
    {
      name: 'over the size limit',
      path: big,
      error: 'too large: 2.9 kB, the limit is 1000 bytes (--max-bytes)',
    },
    { name: 'missing', path: join(dir, 'finnes-ikke.txt'), error: 'cannot read: no such file or directory' },
    { name: 'a directory', path: dir, error: 'cannot read: is a directory' },
    {
      name: 'a path through a file',
      path: join(big, 'under.txt'),
      error: 'cannot read: a part of the path is not a directory',
    },
  ];
  for (const { name, path, error } of cases)
    assert.deepEqual(await readFileBytes(path, 1000), { ok: false, error }, name);
});

test(
  'a file without read permission is refused',
  { skip: process.getuid?.() === 0 && 'root reads every file' },
  async () => {
    const path = join(dir, 'hemmelig.txt');
    writeFileSync(path, 'Ingen tilgang.');
    chmodSync(path, 0o000);
    assert.deepEqual(await readFileBytes(path, 1000), { ok: false, error: 'cannot read: permission denied' });
  },
);

test('file-system error codes are described in plain words', () => {
  const error = (code: string): Error => Object.assign(new Error(`${code}: raw`), { code });
  const cases: [unknown, string][] = [
    [error('EACCES'), 'permission denied'],
    [error('EPERM'), 'permission denied'],
    [error('ENOENT'), 'no such file or directory'],
    [error('ELOOP'), 'too many levels of symbolic links'],
    [error('EWEIRD'), 'EWEIRD: raw (EWEIRD)'],
    [new Error('uten kode'), 'uten kode'],
  ];
  for (const [input, text] of cases) assert.equal(describeFsError(input), text);
});

test('a stream is read whole, or refused as soon as it passes the limit', async () => {
  const ok = await readStreamBytes(Readable.from([Buffer.from('Vei'), Buffer.from('en er åpen.')]), 100);
  assert.ok(ok.ok);
  assert.equal(Buffer.from(ok.bytes).toString(), 'Veien er åpen.');
  const tooMuch = await readStreamBytes(Readable.from([Buffer.alloc(600), Buffer.alloc(600)]), 1000);
  assert.deepEqual(tooMuch, { ok: false, error: tooLarge(1200, 1000, true) });
  assert.equal(
    tooLarge(25 * 1024 * 1024, 20 * 1024 * 1024),
    'too large: 25.0 MB, the limit is 20.0 MB (--max-bytes)',
  );
});
