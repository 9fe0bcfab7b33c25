// Read one local file or stdin into bytes, refusing what is too large and naming file-system failures plainly.
import { readFile, stat } from 'node:fs/promises';

export type BytesResult =
  { ok: true; bytes: Uint8Array; modified: Date | null } | { ok: false; error: string };

/** Bytes of a regular file, or a human reason why they cannot be had. */
export async function readFileBytes(path: string, maxBytes: number): Promise<BytesResult> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, error: 'cannot read: is a directory' };
    if (!info.isFile()) return { ok: false, error: 'cannot read: not a regular file' };
    if (info.size > maxBytes) return { ok: false, error: tooLarge(info.size, maxBytes) };
    const bytes = await readFile(path);
    // The file may have grown between stat and read.
    if (bytes.length > maxBytes) return { ok: false, error: tooLarge(bytes.length, maxBytes) };
    return { ok: true, bytes, modified: info.mtime };
  } catch (error) {
    return { ok: false, error: `cannot read: ${describeFsError(error)}` };
  }
}

/** All of a stream (stdin), stopping as soon as it passes the size limit. */
export async function readStreamBytes(
  stream: AsyncIterable<Uint8Array>,
  maxBytes: number,
): Promise<BytesResult> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += chunk.length;
      if (size > maxBytes) return { ok: false, error: tooLarge(size, maxBytes, true) };
      chunks.push(chunk);
    }
  } catch (error) {
    return { ok: false, error: `cannot read: ${describeFsError(error)}` };
  }
  return { ok: true, bytes: Buffer.concat(chunks), modified: null };
}

/** "too large" message; `atLeast` when reading stopped at the limit and the full size is unknown. */
export function tooLarge(size: number, maxBytes: number, atLeast = false): string {
  return `too large: ${atLeast ? 'more than ' : ''}${formatSize(size)}, the limit is ${formatSize(maxBytes)} (--max-bytes)`;
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${bytes} bytes`;
}

const FS_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ELOOP: 'too many levels of symbolic links',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'file name too long',
  EIO: 'input/output error',
};

/** Plain words for a Node file-system error. */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && FS_ERRORS[code]) return FS_ERRORS[code];
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === 'string' ? `${message} (${code})` : message;
}
