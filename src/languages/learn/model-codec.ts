// Compact model files: a JSON header plus named binary sections, gzip-compressed; delta-varint for sorted indices.
import { gunzipSync, gzipSync } from 'node:zlib';

const MAGIC = 0x314d4b53; // "SKM1" little-endian

export interface ModelFile {
  header: Record<string, unknown>;
  sections: Map<string, Uint8Array>;
}

/** Packs a header and byte sections into one gzip buffer (deterministic: fixed gzip level, ordered sections). */
export function encodeModelFile(
  header: Record<string, unknown>,
  sections: Record<string, Uint8Array>,
): Buffer {
  const names = Object.keys(sections);
  const lengths = names.map((n) => sections[n]?.byteLength ?? 0);
  const head = Buffer.from(JSON.stringify({ header, sections: names, lengths }), 'utf8');
  const prefix = Buffer.alloc(8);
  prefix.writeUInt32LE(MAGIC, 0);
  prefix.writeUInt32LE(head.byteLength, 4);
  const parts: Buffer[] = [prefix, head];
  for (const n of names) {
    const s = sections[n] as Uint8Array;
    parts.push(Buffer.from(s.buffer, s.byteOffset, s.byteLength));
  }
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

/** Reverses `encodeModelFile`. Section bytes are copied into fresh, aligned buffers. */
export function decodeModelFile(gz: Uint8Array): ModelFile {
  const raw = gunzipSync(gz);
  if (raw.readUInt32LE(0) !== MAGIC) throw new Error('not a sakskart model file');
  const headLength = raw.readUInt32LE(4);
  const meta = JSON.parse(raw.subarray(8, 8 + headLength).toString('utf8')) as {
    header: Record<string, unknown>;
    sections: string[];
    lengths: number[];
  };
  const sections = new Map<string, Uint8Array>();
  let at = 8 + headLength;
  meta.sections.forEach((name, i) => {
    const len = meta.lengths[i] ?? 0;
    const copy = new Uint8Array(len);
    copy.set(raw.subarray(at, at + len));
    sections.set(name, copy);
    at += len;
  });
  return { header: meta.header, sections };
}

/** Encodes ascending unsigned integers as varint gaps. */
export function encodeDeltaVarint(sorted: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(sorted.length * 5 + 4);
  let p = 0;
  let prev = 0;
  for (let i = 0; i < sorted.length; i++) {
    let gap = (sorted[i] as number) - prev;
    prev = sorted[i] as number;
    while (gap >= 0x80) {
      out[p++] = (gap & 0x7f) | 0x80;
      gap = Math.floor(gap / 128);
    }
    out[p++] = gap;
  }
  return out.slice(0, p);
}

/** Decodes `count` ascending integers written by `encodeDeltaVarint`. */
export function decodeDeltaVarint(bytes: Uint8Array, count: number): Uint32Array {
  const out = new Uint32Array(count);
  let p = 0;
  let prev = 0;
  for (let i = 0; i < count; i++) {
    let v = 0;
    let mul = 1;
    for (;;) {
      const b = bytes[p++] ?? 0;
      v += (b & 0x7f) * mul;
      if (b < 0x80) break;
      mul *= 128;
    }
    prev += v;
    out[i] = prev;
  }
  return out;
}

/** Views a typed array's bytes (for writing a section). */
export function bytesOf(a: ArrayBufferView): Uint8Array {
  return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
}

/** Reads a section or throws a clear error. */
export function section(file: ModelFile, name: string): Uint8Array {
  const s = file.sections.get(name);
  if (!s) throw new Error(`model file lacks section ${name}`);
  return s;
}
