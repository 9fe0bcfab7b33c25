import { test } from 'node:test';
import assert from 'node:assert/strict';
import { charsetOfContentType, decodeText, findDeclaredCharset } from './decode-text.ts';

const sentence = 'Været på Østlandet blir grått, sa Åse.';

test('decodes each encoding a Norwegian text file is likely to come in', () => {
  const cases: { name: string; bytes: Buffer; encoding: string }[] = [
    { name: 'UTF-8', bytes: Buffer.from(sentence, 'utf8'), encoding: 'utf-8' },
    {
      name: 'UTF-8 with BOM',
      bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sentence)]),
      encoding: 'utf-8',
    },
    { name: 'latin-1 without declaration', bytes: Buffer.from(sentence, 'latin1'), encoding: 'windows-1252' },
    {
      name: 'UTF-16LE with BOM',
      bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sentence, 'utf16le')]),
      encoding: 'utf-16le',
    },
  ];
  for (const { name, bytes, encoding } of cases) {
    const decoded = decodeText(bytes);
    assert.equal(decoded.text, sentence, name);
    assert.equal(decoded.encoding, encoding, name);
  }
});

test('windows-1252 punctuation (dashes, curly quotes) decodes to the right characters', () => {
  // 0x96 is an en dash and 0x93/0x94 curly quotes in windows-1252, control codes in strict latin-1.
  const bytes = Buffer.from([0x96, 0x20, 0x93, 0x4a, 0x61, 0x94, 0x20, 0xe6, 0xf8, 0xe5]);
  assert.equal(decodeText(bytes).text, '– “Ja” æøå');
});

test('a charset declared in the document is used when the bytes are not UTF-8', () => {
  const html = Buffer.concat([
    Buffer.from('<html><head><meta charset="iso-8859-15"></head><body>Pris: 10 '),
    Buffer.from([0xa4]), // euro sign in ISO-8859-15, a currency sign in latin-1
    Buffer.from(' for søppeltømming</body></html>', 'latin1'),
  ]);
  const decoded = decodeText(html);
  assert.equal(decoded.encoding, 'iso-8859-15');
  assert.match(decoded.text, /10 € for søppeltømming/);
});

test('valid UTF-8 wins over a wrong latin-1 declaration', () => {
  const bytes = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss>Blåbærsyltetøy</rss>');
  assert.match(decodeText(bytes).text, /Blåbærsyltetøy/);
});

test('finds declared charsets in HTML, XML and HTTP headers', () => {
  const cases: [string, string | null][] = [
    ['<meta charset="windows-1252">', 'windows-1252'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', 'ISO-8859-1'],
    ['<?xml version="1.0" encoding="iso-8859-1"?><rss/>', 'iso-8859-1'],
    ['<p>Ingen erklæring her</p>', null],
  ];
  for (const [head, expected] of cases) assert.equal(findDeclaredCharset(Buffer.from(head)), expected, head);
  assert.equal(charsetOfContentType('text/html; charset=ISO-8859-1'), 'ISO-8859-1');
  assert.equal(charsetOfContentType('application/rss+xml'), null);
  assert.equal(charsetOfContentType(null), null);
});
