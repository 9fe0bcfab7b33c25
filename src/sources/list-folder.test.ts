import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { listFolder, whySkipped } from './list-folder.ts';

test('hidden files and non-article files are skipped, everything else is read', () => {
  const cases: [string, string | null][] = [
    ['sak.txt', null],
    ['side.html', null],
    ['uten-endelse', null],
    ['data.bin', null],
    ['.DS_Store', 'hidden'],
    ['.utkast.txt', 'hidden'],
    ['bilde.JPG', 'not an article file (.jpg)'],
    ['arkiv.zip', 'not an article file (.zip)'],
    ['stil.css', 'not an article file (.css)'],
  ];
  for (const [name, reason] of cases) assert.equal(whySkipped(name), reason, name);
});

test('walks sub-folders depth first in sorted order and survives a symlink loop', async () => {
  const root = mkdtempSync(join(tmpdir(), 'sakskart-folder-'));
  try {
    mkdirSync(join(root, 'b-mappe'));
    mkdirSync(join(root, '.skjult'));
    writeFileSync(join(root, 'c.txt'), 'Tre.');
    writeFileSync(join(root, 'a.txt'), 'En.');
    writeFileSync(join(root, 'b-mappe', 'sak.html'), '<p>To.</p>');
    writeFileSync(join(root, 'b-mappe', 'foto.png'), 'PNG');
    writeFileSync(join(root, '.skjult', 'x.txt'), 'Skjult.');
    symlinkSync(root, join(root, 'b-mappe', 'tilbake'));
    const seen: string[] = [];
    for await (const entry of listFolder(root)) {
      const kind =
        'skipped' in entry
          ? `skipped: ${entry.skipped}`
          : 'error' in entry
            ? `error: ${entry.error}`
            : 'read';
      seen.push(`${relative(root, entry.path)} ${kind}`);
    }
    assert.deepEqual(seen, [
      '.skjult skipped: hidden',
      'a.txt read',
      'b-mappe/foto.png skipped: not an article file (.png)',
      'b-mappe/sak.html read',
      'c.txt read',
    ]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
