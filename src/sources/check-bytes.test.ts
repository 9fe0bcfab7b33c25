import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findByteProblem, findTextProblem } from './check-bytes.ts';

test('refuses bytes that cannot be an article, with a reason', () => {
  const cases: { name: string; bytes: Uint8Array; reason: RegExp }[] = [
    { name: 'empty', bytes: new Uint8Array(0), reason: /^empty/ },
    {
      name: 'NUL bytes (a zip or image)',
      bytes: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]),
      reason: /binary data.*NUL byte at offset 4/,
    },
    {
      name: 'many control bytes',
      bytes: Buffer.from('\x01\x02\x03\x04\x05abc\x06\x07\x08\x0e'),
      reason: /binary data.*control bytes/,
    },
  ];
  for (const { name, bytes, reason } of cases) assert.match(findByteProblem(bytes) ?? '', reason, name);
});

test('accepts text bytes, including tabs, CRLF and a UTF-16 BOM', () => {
  const cases: Uint8Array[] = [
    Buffer.from('Ordføreren svarte:\r\n\tVi ser på saken.\r\n'),
    Buffer.from('Snø i Tromsø', 'latin1'),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hei', 'utf16le')]),
  ];
  for (const bytes of cases) assert.equal(findByteProblem(bytes), null);
});

test('text with only whitespace has nothing to read', () => {
  assert.equal(findTextProblem(' \n\t\n  '), 'contains only whitespace');
  assert.equal(findTextProblem('\nBrannvesenet rykket ut.\n'), null);
});
