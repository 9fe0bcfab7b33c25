// Bytes -> string: BOM, then strict UTF-8, then the declared charset, then windows-1252 (a superset of latin-1).

export interface DecodedText {
  text: string;
  /** WHATWG name of the encoding used, e.g. `utf-8`, `windows-1252`. */
  encoding: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decode bytes. `declared` is a charset from outside the bytes (an HTTP Content-Type); a charset declared
 * inside the document (HTML meta, XML declaration) is found here. Valid UTF-8 wins over a declaration because
 * pages that say latin-1 but are UTF-8 are common, and non-ASCII bytes that happen to form valid UTF-8 are not.
 */
export function decodeText(bytes: Uint8Array, declared?: string | null): DecodedText {
  const bom = decodeByBom(bytes);
  if (bom) return bom;
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: fall through to declared charsets
  }
  for (const label of [declared, findDeclaredCharset(bytes)]) {
    const decoder = label ? createDecoder(label) : null;
    if (!decoder || decoder.encoding === 'utf-8') continue;
    if (decoder.encoding === 'windows-1252') break; // latin-1 labels: see decodeWindows1252
    return { text: decoder.decode(bytes), encoding: decoder.encoding };
  }
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

// Bytes 0x80-0x9F in windows-1252; the holes (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to themselves as in WHATWG.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * windows-1252 by hand: Node 20's TextDecoder('windows-1252') decodes 0x80-0x9F as C1 control codes
 * (plain ISO-8859-1), which would turn the dashes and curly quotes of Norwegian text into garbage.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

function decodeByBom(bytes: Uint8Array): DecodedText | null {
  const [a, b, c] = bytes;
  const use = (encoding: string, skip: number): DecodedText => ({
    text: new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(skip)),
    encoding,
  });
  if (a === 0xef && b === 0xbb && c === 0xbf) return use('utf-8', 3);
  if (a === 0xff && b === 0xfe) return use('utf-16le', 2);
  if (a === 0xfe && b === 0xff) return use('utf-16be', 2);
  return null;
}

function createDecoder(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return null; // unknown label: ignore the declaration
  }
}

/** Charset named by `<meta charset>`, `<meta http-equiv content-type>` or `<?xml encoding?>` near the top. */
export function findDeclaredCharset(bytes: Uint8Array): string | null {
  // The declaration is ASCII by rule, so reading the head as latin-1 is safe whatever the real encoding.
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml?.[1]) return xml[1];
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return meta?.[1] ?? null;
}

/** Charset parameter of a Content-Type header value, if any. */
export function charsetOfContentType(contentType: string | null): string | null {
  const match = contentType ? /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType) : null;
  return match?.[1] ?? null;
}
