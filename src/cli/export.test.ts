import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { EXAMPLE_STORY } from '../corpus/facts/example-story.ts';
import { registerExport } from './export.ts';

async function run(args: string[]): Promise<number> {
  let code = 0;
  const program = new Command('sakskart').exitOverride();
  registerExport(program, (c) => (code = c));
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = () => true;
  try {
    await program.parseAsync(args, { from: 'user' });
  } finally {
    process.stderr.write = write;
  }
  return code;
}

const formats: [format: string, check: (text: string) => boolean][] = [
  ['json', (t) => (JSON.parse(t) as { id: string }).id === 'droner'],
  ['csv', (t) => t.startsWith('fact_id,kind,')],
  ['graphml', (t) => t.startsWith('<?xml') && t.includes('<graphml')],
];

for (const [format, check] of formats) {
  test(`export story --from-records writes ${format}`, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sakskart-export-'));
    try {
      const input = join(dir, 'records.jsonl');
      const lines = [
        ...EXAMPLE_STORY.map((r) => JSON.stringify(r)),
        '{"schema":1,"source":"tom.txt","error":"empty file"}',
      ];
      await writeFile(input, `${lines.join('\n')}\n`);
      const out = join(dir, `story.${format}`);
      const code = await run([
        'export',
        'story',
        'droner',
        '--format',
        format,
        '--from-records',
        input,
        '--out',
        out,
      ]);
      assert.equal(code, 0);
      assert.ok(check(await readFile(out, 'utf8')));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
}

test('export story without --from-records says stories are not stored yet and exits 2', async () => {
  assert.equal(await run(['export', 'story', 'x', '--format', 'json']), 2);
});

test('an unknown format is refused', async () => {
  await assert.rejects(run(['export', 'story', 'x', '--format', 'pdf', '--from-records', 'x.jsonl']));
});
