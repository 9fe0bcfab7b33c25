// The "now" of an article for resolving its time expressions: the end of its publication period.

/**
 * `2024-06-19` -> that day; `2024-06` -> the month's last day; `2024` -> 31 December.
 * The end is the right anchor for a coarse date: "i august" in a piece from 2024 means August 2024.
 */
export function anchorOf(published: string | null): Date | null {
  if (!published) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[3]) return new Date(Date.UTC(year, Number(m[2]) - 1, Number(m[3]), 12));
  if (m[2]) return new Date(Date.UTC(year, Number(m[2]), 0, 12));
  return new Date(Date.UTC(year, 11, 31, 12));
}
