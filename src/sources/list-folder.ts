// Walk a folder recursively in sorted order, yielding files that may hold articles and skipping the rest.
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describeFsError } from './read-file.ts';

export type FolderEntry =
  { path: string } | { path: string; error: string } | { path: string; skipped: string };

// Files that can never be an article; skipped without an error so a saved web page's assets cause no noise.
const NOT_ARTICLE = new Set(
  (
    'png jpg jpeg gif webp svg ico bmp tif tiff avif heic mp3 mp4 m4a wav ogg oga webm mov avi mkv flac ' +
    'zip gz tgz bz2 xz 7z rar tar zst pdf doc docx xls xlsx ppt pptx odt ods odp woff woff2 ttf otf eot ' +
    'exe dll so dylib o a class jar wasm pyc css js mjs cjs map ts sqlite sqlite3 db db-wal db-shm'
  ).split(' '),
);

/** Why a folder entry is skipped, or null when it should be read. */
export function whySkipped(name: string): string | null {
  if (name.startsWith('.')) return 'hidden';
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase();
  return ext && NOT_ARTICLE.has(ext) ? `not an article file (.${ext})` : null;
}

/** Entries under `folder`, depth first, names sorted by code point so runs are reproducible. */
export async function* listFolder(folder: string, seen = new Set<string>()): AsyncGenerator<FolderEntry> {
  let entries;
  try {
    // A symlink back up the tree would otherwise loop forever.
    const real = await realpath(folder);
    if (seen.has(real)) return;
    seen.add(real);
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    yield { path: folder, error: `cannot read folder: ${describeFsError(error)}` };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    const skipped = whySkipped(entry.name);
    if (skipped) yield { path, skipped };
    else if (entry.isDirectory()) yield* listFolder(path, seen);
    else if (entry.isSymbolicLink()) yield* followLink(path, seen);
    else if (entry.isFile()) yield { path };
    else yield { path, skipped: 'not a regular file' };
  }
}

async function* followLink(path: string, seen: Set<string>): AsyncGenerator<FolderEntry> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) yield* listFolder(path, seen);
    else yield { path };
  } catch (error) {
    yield { path, error: `cannot read: ${describeFsError(error)}` };
  }
}
