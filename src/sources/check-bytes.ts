// Refuse inputs that cannot be an article before decoding them: empty, binary, or text with nothing in it.

/** Share of control bytes above which text is taken for binary data (ASCII text has almost none). */
const MAX_CONTROL_SHARE = 0.1;
const SAMPLE_BYTES = 8192;

/** A human reason why these bytes are not text, or null when they look like text. */
export function findByteProblem(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'empty (0 bytes)';
  // UTF-16 text with a BOM is full of NUL bytes yet fine.
  const [a, b] = bytes;
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return null;
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const nul = sample.indexOf(0);
  if (nul >= 0) return `binary data, not text (NUL byte at offset ${nul})`;
  let control = 0;
  for (const byte of sample) {
    // tab, newline, form feed and carriage return are text; ESC appears in some terminal dumps, still not prose
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) control += 1;
  }
  if (control / sample.length > MAX_CONTROL_SHARE) {
    return `binary data, not text (${control} control bytes in the first ${sample.length})`;
  }
  return null;
}

/** A human reason why decoded text has nothing to read, or null. */
export function findTextProblem(text: string): string | null {
  return text.trim() === '' ? 'contains only whitespace' : null;
}
