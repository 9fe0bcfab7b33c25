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
    if (decoder && decoder.encoding !== 'utf-8') return { text: decoder.decode(bytes), encoding: decoder.encoding };
  }
  const fallback = new TextDecoder('windows-1252');
  return { text: fallback.decode(bytes), encoding: fallback.encoding };
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
