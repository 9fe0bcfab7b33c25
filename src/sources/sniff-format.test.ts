import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatOfContentType, formatOfExtension, sniffFormat } from './sniff-format.ts';

test('the file extension names the format when it can', () => {
  const cases: [string, string | null][] = [
    ['saker/budsjett.txt', 'text'],
    ['side.HTML', 'html'],
    ['side.htm', 'html'],
    ['nyheter.rss', 'feed'],
    ['sport.atom', 'feed'],
    ['feed.xml', 'feed'],
    ['dump.jsonl', 'jsonl'],
    ['dump.ndjson', 'jsonl'],
    ['artikkel.json', 'jsonl'],
    ['README', null],
    ['arkiv.2025/sak', null],
  ];
  for (const [name, format] of cases) assert.equal(formatOfExtension(name), format, name);
});

test('the HTTP content type names the format when it is specific', () => {
  const cases: [string | null, string | null][] = [
    ['text/html; charset=utf-8', 'html'],
    ['application/rss+xml', 'feed'],
    ['application/atom+xml; charset=UTF-8', 'feed'],
    ['application/x-ndjson', 'jsonl'],
    ['text/plain', 'text'],
    ['text/xml', null],
    [null, null],
  ];
  for (const [type, format] of cases) assert.equal(formatOfContentType(type), format, String(type));
});

test('the content tells the format when name and type do not', () => {
  const cases: [string, string][] = [
    ['<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>', 'feed'],
    ['<?xml version="1.0"?><!-- laget av CMS --><feed xmlns="http://www.w3.org/2005/Atom"></feed>', 'feed'],
    ['<!DOCTYPE html><html lang="nb"><body><p>Hei</p></body></html>', 'html'],
    ['  <html><head><title>Sak</title></head></html>', 'html'],
    ['<article><p>Et lagret utdrag av en sak.</p></article>', 'html'],
    ['{"title":"Sak","text":"Brannen er slukket."}\n{"title":"Sak 2","text":"Veien er åpnet."}\n', 'jsonl'],
    ['{"title": "Ødelagt linje\n{"title":"Sak 2","text":"Veien er åpnet."}\n', 'jsonl'],
    ['[{"title":"Sak","text":"Brannen er slukket."}]', 'jsonl'],
    ['date 2025-03\nBrann i Bergen\n\nBrannvesenet rykket ut natt til søndag.', 'text'],
    ['{Dette} er bare en tekst med klammer.', 'text'],
    ['<Ikke> en tagg, bare tekst.', 'text'],
  ];
  for (const [text, format] of cases) assert.equal(sniffFormat(text), format, text);
});
